/**
 * Every module a TypeScript file depends on, read with the compiler's own parser (no regular
 * expressions, so comments, strings and odd formatting cannot hide or fake an import): static imports,
 * re-exports, dynamic `import()`, `import x = require()` and `import('…')` in type positions.
 *
 * `typeOnly` is true only when nothing of the import survives compilation: `import type`, `export type`
 * and type positions. Under `verbatimModuleSyntax` (our tsconfig) `import { type A } from 'm'` is emitted
 * as `import {} from 'm'` and loads `m` at run time, so it counts as a value import.
 */
import { existsSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface ModuleImport {
  /** What the file wrote, or null for a dynamic import whose specifier is computed. */
  specifier: string | null;
  /** 1-based line of the import in the file. */
  line: number;
  typeOnly: boolean;
}

/** Where an import leads: one of our files (repository-relative path), a node built-in or a package. */
export type ImportTarget =
  | { kind: 'ours'; path: string }
  | { kind: 'builtin'; name: string }
  | { kind: 'package'; name: string }
  | { kind: 'computed' };

export function moduleImports(fileName: string, text: string): ModuleImport[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: ModuleImport[] = [];
  const add = (node: ts.Node, specifier: string | null, typeOnly: boolean) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    found.push({ specifier, line, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, node.importClause?.isTypeOnly === true);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, node.isTypeOnly);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      add(node, node.moduleReference.expression.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      add(node, arg && ts.isStringLiteralLike(arg) ? arg.text : null, false);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      add(node, node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Resolves `specifier` as written in `fromFile` (repository-relative) the way NodeNext does for our
 * sources: `./x.js` is `./x.ts`, a folder is its `index.ts`.
 */
export function importTarget(root: string, fromFile: string, specifier: string | null): ImportTarget {
  if (specifier === null) return { kind: 'computed' };
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const absolute = resolve(root, dirname(fromFile), specifier);
    const candidates = [absolute.replace(/\.(m|c)?js$/, '.$1ts'), absolute, `${absolute}.ts`, `${absolute}/index.ts`];
    const path = candidates.find((c) => existsSync(c)) ?? candidates[0] ?? absolute;
    return { kind: 'ours', path: relative(root, path).split('\\').join('/') };
  }
  if (isBuiltin(specifier)) return { kind: 'builtin', name: specifier.replace(/^node:/, '').split('/')[0] ?? '' };
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
  return { kind: 'package', name };
}
