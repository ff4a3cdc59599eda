/**
 * Evidence bytes on disk, content-addressed: `<folder>/sha256/ab/cd/<hash>` (two levels of fan-out keep
 * any one directory small). A file is written to a temporary name beside its place, flushed to disk and
 * renamed, so a crash leaves either the whole file or none; writing the same bytes again changes nothing.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function evidencePath(folder: string, sha256: string): string {
  return join(folder, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

/** The size and SHA-256 of a stored file, read as a stream; null when there is no file. */
export async function hashStoredFile(path: string): Promise<{ size: number; sha256: string } | null> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return null;
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    hash.update(bytes);
  }
  return { size, sha256: hash.digest('hex') };
}

/**
 * Puts `bytes` (whose hash is `sha256`) in the folder. A file already there with the right contents is
 * kept; one with other contents (damaged, or replaced) is written over with the true bytes.
 */
export async function writeEvidenceFile(folder: string, sha256: string, bytes: Uint8Array): Promise<void> {
  const path = evidencePath(folder, sha256);
  const present = await hashStoredFile(path);
  if (present?.sha256 === sha256) return;
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temporary = join(dir, `.${sha256}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

/** The bytes of a stored file; null when it is not there. */
export async function readEvidenceFile(folder: string, sha256: string): Promise<Uint8Array | null> {
  try {
    return await readFile(evidencePath(folder, sha256));
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/** Deletes a stored file; true when there was one. */
export async function deleteEvidenceFile(folder: string, sha256: string): Promise<boolean> {
  const path = evidencePath(folder, sha256);
  const present = await hashStoredFile(path);
  await rm(path, { force: true });
  if (present) await syncDirectory(dirname(path));
  return present !== null;
}

/** Makes a rename or a deletion in `dir` durable (where the platform lets a directory be opened). */
async function syncDirectory(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a directory; its renames are durable once the file itself was flushed.
  } finally {
    await handle?.close();
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');
}
