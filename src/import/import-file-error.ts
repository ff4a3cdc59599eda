/**
 * A file that cannot be imported at all (unreadable, malformed, wrong columns): nothing of it is applied,
 * and the CLI exits with the usage status. Row-level problems are rejections, never this.
 */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}
