/** The two storage engines Dunwell runs on. */
export type Engine = 'sqlite' | 'postgres';

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}
