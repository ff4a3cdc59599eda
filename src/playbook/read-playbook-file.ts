/** The text of a playbook file, or UNREADABLE_INPUT naming the file and the reason. */
import { readDocumentFile } from '../document/read-document-file.js';

export function readPlaybookFile(path: string): Promise<string> {
  return readDocumentFile(path, 'a playbook');
}
