/** The text of a playbook file, or UNREADABLE_INPUT naming the file and the reason. */
import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../domain/errors.js';

/** A playbook is some tens of kilobytes of YAML; anything far larger is the wrong file. */
export const MAX_PLAYBOOK_BYTES = 1024 * 1024;

export async function readPlaybookFile(path: string): Promise<string> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError('UNREADABLE_INPUT', `cannot read ${path}: it is not a file`);
    if (info.size > MAX_PLAYBOOK_BYTES) {
      throw new AppError(
        'UNREADABLE_INPUT',
        `cannot read ${path}: ${info.size} bytes is more than a playbook can be (${MAX_PLAYBOOK_BYTES})`,
      );
    }
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('UNREADABLE_INPUT', `cannot read ${path}: ${reason}`, { cause: error });
  }
}
