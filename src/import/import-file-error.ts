/**
 * A file that cannot be imported at all (unreadable, malformed, wrong columns): nothing of it is applied.
 * It is an AppError with the code UNREADABLE_INPUT (the CLI exits with the usage status). Row-level
 * problems are rejections, never this.
 */
import { AppError } from '../domain/errors.js';

export function unreadableFile(message: string): AppError {
  return new AppError('UNREADABLE_INPUT', message);
}
