import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { TrendsEarthFileInput } from '../../../../shared/baseline/schema';
import { TE_MAX_JSON_BYTES, TE_MAX_PACKAGE_BYTES, TE_MAX_UNPACKED_BYTES, megabytes } from '../../../../shared/baseline/trends-earth-limits';
import { AppError, appError } from '../../errors';
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
  const { fileName, bytes } = readInput(input);
  if (!isGzip(bytes)) {
    if (bytes.length > TE_MAX_JSON_BYTES) throw tooLarge(TE_MAX_JSON_BYTES);
    return { files: [{ fileName, packageName: null, bytes }], isPackage: false };
  }
  const members = readTar(gunzip(bytes));
  return { files: members.map((m) => ({ fileName: m.name, packageName: fileName, bytes: m.bytes })), isPackage: true };
}

function readInput(input: TrendsEarthFileInput): { fileName: string; bytes: Buffer } {
  if ('path' in input) {
    let size: number;
    try {
      const stat = statSync(input.path);
      if (!stat.isFile()) throw appError('file_not_found', { path: input.path });
      size = stat.size;
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw appError('file_not_found', { path: input.path });
    }
    if (size > TE_MAX_PACKAGE_BYTES) throw tooLarge(TE_MAX_PACKAGE_BYTES);
    return { fileName: basename(input.path), bytes: readFileSync(input.path) };
  }
  // Four base64 characters carry three bytes: refuse before decoding what could not be kept anyway.
  if ((input.bytesBase64.length / 4) * 3 > TE_MAX_PACKAGE_BYTES + 3) throw tooLarge(TE_MAX_PACKAGE_BYTES);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.bytesBase64)) throw new AppError('validation', 'errors:baseline.te.notBase64');
  return { fileName: input.fileName, bytes: Buffer.from(input.bytesBase64, 'base64') };
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

const tooLarge = (limit: number) => new AppError('validation', 'errors:baseline.te.tooLarge', { maxMb: megabytes(limit) });
