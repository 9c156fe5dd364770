import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { unzipSync } from 'fflate';
import type { ImportedFileInput } from '../../../../shared/files';
import { PACKAGE_TYPE, packageManifest, type PackageManifest } from '../../../../shared/reporting/package-schema';
import { AppError, appError } from '../../errors';
import { MANIFEST_PATH, sha256 } from './build-package';

/** Limits that keep a hostile file from costing unbounded memory (ARCHITECTURE §4). */
const MAX_PACKAGE_BYTES = 512 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;
const MAX_ENTRIES = 10_000;
const SUPPORTED_MAJOR = 1;

export interface CheckedPackage {
  manifest: PackageManifest;
  files: Map<string, Uint8Array>;
}

const refuse = (messageKey: string, params: Record<string, string | number> = {}) => new AppError('validation', `errors:reporting.package.${messageKey}`, params);

/**
 * Opens a package and checks it against its manifest before anything is written: every file the manifest
 * lists must be there with the same SHA-256, and the zip may hold nothing else. The first problem is
 * refused with the file named.
 */
export function readCheckedPackage(input: ImportedFileInput): CheckedPackage {
  const { fileName, bytes } = readInput(input);
  const entries = unzip(bytes, fileName);
  const manifestBytes = entries.get(MANIFEST_PATH);
  if (!manifestBytes) throw refuse('fileMissing', { file: MANIFEST_PATH });
  const manifest = parseManifest(manifestBytes);
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const path of entries.keys()) {
    if (path !== MANIFEST_PATH && !listed.has(path)) throw refuse('fileUnexpected', { file: path });
  }
  for (const file of manifest.files) {
    const content = entries.get(file.path);
    if (!content) throw refuse('fileMissing', { file: file.path });
    if (content.length !== file.bytes || sha256(content) !== file.sha256) throw refuse('hashMismatch', { file: file.path });
  }
  entries.delete(MANIFEST_PATH);
  return { manifest, files: entries };
}

function readInput(input: ImportedFileInput): { fileName: string; bytes: Uint8Array } {
  if ('path' in input) {
    let size: number;
    try {
      size = statSync(input.path).size;
    } catch {
      throw appError('file_not_found', { path: input.path });
    }
    if (size > MAX_PACKAGE_BYTES) throw refuse('tooLarge', { maxMb: MAX_PACKAGE_BYTES / 1024 / 1024 });
    return { fileName: basename(input.path), bytes: readFileSync(input.path) };
  }
  if ((input.bytesBase64.length / 4) * 3 > MAX_PACKAGE_BYTES + 3) throw refuse('tooLarge', { maxMb: MAX_PACKAGE_BYTES / 1024 / 1024 });
  return { fileName: input.fileName, bytes: Buffer.from(input.bytesBase64, 'base64') };
}

/** Checks the declared sizes before inflating anything; a directory entry is skipped. */
function unzip(bytes: Uint8Array, fileName: string): Map<string, Uint8Array> {
  let declared = 0;
  let count = 0;
  let unsafe: string | null = null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        count += 1;
        declared += entry.originalSize;
        if (entry.name.startsWith('/') || entry.name.split(/[/\\]/).includes('..')) unsafe ??= entry.name;
        return !entry.name.endsWith('/') && count <= MAX_ENTRIES && declared <= MAX_UNPACKED_BYTES && unsafe === null;
      },
    });
  } catch {
    throw refuse('notAPackage', { file: fileName });
  }
  if (unsafe !== null) throw refuse('fileUnexpected', { file: unsafe });
  if (count > MAX_ENTRIES || declared > MAX_UNPACKED_BYTES) throw refuse('tooLarge', { maxMb: MAX_UNPACKED_BYTES / 1024 / 1024 });
  return new Map(Object.entries(files));
}

function parseManifest(bytes: Uint8Array): PackageManifest {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw refuse('manifestInvalid');
  }
  if ((json as { packageType?: unknown } | null)?.packageType !== PACKAGE_TYPE) throw refuse('manifestInvalid');
  const parsed = packageManifest.safeParse(json);
  if (!parsed.success) throw refuse('manifestInvalid');
  const major = Number(parsed.data.packageSchemaVersion.split('.')[0]);
  if (major !== SUPPORTED_MAJOR) throw refuse('unsupportedVersion', { version: parsed.data.packageSchemaVersion });
  return parsed.data;
}
