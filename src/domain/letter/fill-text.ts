/**
 * Fills a letter text's `{placeholders}` from the values given. A placeholder without a value is a fault in
 * the templates, never something to print: it throws, and the templates' tests fill every text.
 */

const PLACEHOLDER = /\{([a-z_]+)\}/g;

/** The placeholders a text uses, in order of first use. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

export function fillText(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`letter text placeholder ${whole} has no value`);
    return value;
  });
}
