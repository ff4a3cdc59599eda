/** Imports one file: readRecords streams it, importRecords validates and applies it. */
import { ImportFileError } from './import-file-error.js';
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
    // Column problems are found by importRecords, which does not know the file: name it.
    if (error instanceof ImportFileError && !error.message.includes(path)) {
      throw new ImportFileError(`${path}: ${error.message}`);
    }
    throw error;
  }
}
