import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../errors';

/**
 * Writes `bytes` as `dir/name` all at once or not at all: first to a hidden temporary file in the same
 * folder (same file system, so the rename is atomic), flushed to disk, then renamed. On any failure the
 * temporary file is removed, so a full disk or a refused rename leaves no partial package behind.
 */
export function writeFileAtomic(dir: string, name: string, bytes: Uint8Array): string {
  const target = join(dir, name);
  if (existsSync(target)) throw new AppError('file_exists', 'errors:reporting.package.fileExists', { path: target });
  const temp = join(dir, `.${name}.${process.pid}.partial`);
  let fd: number | null = null;
  let created = false;
  try {
    fd = openSync(temp, 'wx');
    created = true;
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, target);
    return target;
  } catch (error) {
    if (fd !== null) closeSync(fd);
    // Only our own temporary file: a file of that name we did not create is not ours to remove.
    if (created) rmSync(temp, { force: true });
    throw writeError(error, dir);
  }
}

/** Shown next to the folder field: the folder cannot take the file (missing, read-only, full...). */
function writeError(error: unknown, dir: string): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  const messageKey = code === 'ENOSPC' || code === 'EDQUOT' ? 'errors:reporting.package.diskFull' : 'errors:reporting.package.cannotWrite';
  return new AppError('validation', messageKey, { fields: [{ path: ['outDir'], messageKey, params: { path: dir } }], reason: code ?? 'unknown' });
}
