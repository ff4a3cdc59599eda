/** Imports one file: readRecords streams it, importRecords validates and applies it. */
import { type ImportRecordsOptions, type ImportReport, importRecords } from './import-records.js';
import { type ReadRecordsOptions, readRecords } from './read-records.js';

export type ImportFileOptions = Omit<ImportRecordsOptions, 'records'> & {
  path: string;
  onBytes?: ReadRecordsOptions['onBytes'];
};

export async function importFile(options: ImportFileOptions): Promise<ImportReport> {
  const { path, onBytes, ...rest } = options;
  return importRecords({
    source: path,
    ...rest,
    records: readRecords(path, onBytes ? { onBytes } : {}),
  });
}
