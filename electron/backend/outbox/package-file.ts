import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';

/** Every zip file starts with a local file header, "PK\x03\x04". */
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export interface PackageFile {
  fileName: string;
  bytes: Buffer;
  sha256: string;
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Reads a package file for the outbox: null when there is no such file, 'not_zip' when it is not a zip
 * archive (a package is the .zip `reporting.exportPackage` writes). The hash is of the file's bytes; it
 * names the package to the receiver (Idempotency-Key), so a package sent twice is recognised.
 */
export function readPackageFile(path: string): PackageFile | 'not_zip' | null {
  if (!existsSync(path) || !statSync(path).isFile()) return null;
  const bytes = readFileSync(path);
  if (!bytes.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) return 'not_zip';
  return { fileName: basename(path), bytes, sha256: sha256Of(bytes) };
}
