/**
 * The text of a document file a person names (`--file F`, a strategy file): a file, not a folder, and of a
 * size such a document can be, or UNREADABLE_INPUT naming the file and the reason.
 */
import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../domain/errors.js';

/** A strategy or the playbook is some pages of YAML; anything far larger is the wrong file. */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

/** `kind` names the document in the size refusal ("a playbook"). */
export async function readDocumentFile(path: string, kind: string): Promise<string> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError('UNREADABLE_INPUT', `cannot read ${path}: it is not a file`);
    if (info.size > MAX_DOCUMENT_BYTES) {
      throw new AppError(
        'UNREADABLE_INPUT',
        `cannot read ${path}: ${info.size} bytes is more than ${kind} can be (${MAX_DOCUMENT_BYTES})`,
      );
    }
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('UNREADABLE_INPUT', `cannot read ${path}: ${reason}`, { cause: error });
  }
}
