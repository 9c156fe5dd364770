import { gunzipSync } from 'node:zlib';
import type { TrendsEarthFileInput } from '../../../../shared/baseline/schema';
import { TE_MAX_JSON_BYTES, TE_MAX_PACKAGE_BYTES, TE_MAX_UNPACKED_BYTES, megabytes } from '../../../../shared/baseline/trends-earth-limits';
import { AppError } from '../../errors';
import { readImportedFile } from '../../files/imported-file';
import { readTar } from './tar-reader';

/** One JSON file to read: a summary as given, or a member of a package (named by the package). */
export interface CandidateFile {
  fileName: string;
  packageName: string | null;
  bytes: Buffer;
}

/**
 * The JSON files a Trends.Earth input holds: the file itself, or the `*.json` members of a `.tar.gz`
 * package (§2.7). What a file is is read from its first bytes (gzip's magic number), not its name.
 */
export function readCandidateFiles(input: TrendsEarthFileInput): { files: CandidateFile[]; isPackage: boolean } {
  const { fileName, bytes } = readImportedFile(input, { maxBytes: TE_MAX_PACKAGE_BYTES, field: [], tooLarge });
  if (!isGzip(bytes)) {
    if (bytes.length > TE_MAX_JSON_BYTES) throw tooLarge(megabytes(TE_MAX_JSON_BYTES));
    return { files: [{ fileName, packageName: null, bytes }], isPackage: false };
  }
  const members = readTar(gunzip(bytes));
  return { files: members.map((m) => ({ fileName: m.name, packageName: fileName, bytes: m.bytes })), isPackage: true };
}

const isGzip = (bytes: Buffer) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Decompression stops at the limit, so a bomb costs at most that much memory (ARCHITECTURE §4). */
function gunzip(bytes: Buffer): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: TE_MAX_UNPACKED_BYTES });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new AppError('validation', 'errors:baseline.te.archiveTooLarge', { maxMb: megabytes(TE_MAX_UNPACKED_BYTES) });
    }
    throw new AppError('validation', 'errors:baseline.te.corruptArchive');
  }
}

const tooLarge = (maxMb: number) => new AppError('validation', 'errors:baseline.te.tooLarge', { maxMb });
