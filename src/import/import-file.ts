/** Imports one file: readRecords streams it, importRecords validates and applies it. */
import { createHash } from 'node:crypto';
import { isAppError } from '../domain/errors.js';
import { unreadableFile } from './import-file-error.js';
import { type ImportRecordsOptions, type ImportReport, importRecords } from './import-records.js';
import { type ReadRecordsOptions, readRecords } from './read-records.js';

export type ImportFileOptions = Omit<ImportRecordsOptions, 'records'> & {
  path: string;
  onBytes?: ReadRecordsOptions['onBytes'];
};

export async function importFile(options: ImportFileOptions): Promise<ImportReport> {
  const { path, onBytes, ...rest } = options;
  // The bytes as read are hashed on the way, so the import's event names exactly the file applied.
  const hash = createHash('sha256');
  const onPiece = (piece: Buffer) => void hash.update(piece);
  try {
    return await importRecords({
      source: path,
      sourceSha256: () => hash.copy().digest('hex'),
      ...rest,
      records: readRecords(path, onBytes ? { onBytes, onPiece } : { onPiece }),
    });
  } catch (error) {
    // Column problems are found by importRecords, which does not know the file: name it. Say that the
    // file was refused whole, so nobody goes looking for the rows that did get in.
    if (isAppError(error, 'UNREADABLE_INPUT')) {
      const named = error.message.includes(path) ? error.message : `${path}: ${error.message}`;
      throw unreadableFile(`${named}; nothing was imported`);
    }
    throw error;
  }
}
