/** Imports one file: readRecords streams it, importRecords validates and applies it. */
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
  try {
    return await importRecords({
      source: path,
      ...rest,
      records: readRecords(path, onBytes ? { onBytes } : {}),
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
