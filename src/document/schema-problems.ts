/**
 * A zod schema's issues as problems a person can act on, the same for every document: one per unknown key,
 * "required" for a missing value, and of a union the branch that fits the value's type (a name or a
 * mapping), so the problem is said about what was meant.
 */
import type { z } from 'zod';
import type { SchemaProblem } from './parse-yaml-document.js';

/** A mapping as YAML gives one (not null, not a list). */
export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `unionMessage` is said of a union none of whose branches fits the value's type at all (a number where a
 * name or a mapping goes); zod's own message otherwise.
 */
export function schemaProblems(
  issues: readonly z.core.$ZodIssue[],
  unionMessage?: string,
  base: (string | number)[] = [],
): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: [...path, key], message: `unknown key "${key}"` });
    } else if (issue.code === 'invalid_union') {
      const fitting = issue.errors.find(
        (branch) => !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0),
      );
      if (fitting) out.push(...schemaProblems(fitting, unionMessage, path));
      else out.push({ path, message: unionMessage ?? issue.message });
    } else if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
      out.push({ path, message: `required (${issue.expected})` });
    } else {
      out.push({ path, message: issue.message });
    }
  }
  return out;
}
