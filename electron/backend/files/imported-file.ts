import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { z } from 'zod';
import type { importedFileInput } from '../../../shared/files';
import { fieldError, type AppError } from '../errors';

/** A file handed to an import, read whole: its name (for messages and provenance) and its bytes. */
export interface ImportedFile {
  fileName: string;
  bytes: Buffer;
}

export interface ImportedFileRules {
  /** The most this importer reads; checked before the bytes are read or decoded. */
  maxBytes: number;
  /** Where the file sits in the command's input (e.g. `['file']`), so "no file here" shows next to it. */
  field: (string | number)[];
  /** The importer's own refusal of a file over the limit; its message states the limit in whole MB. */
  tooLarge: (maxMb: number) => AppError;
}

const MB = 1024 * 1024;

/**
 * Reads an `importedFileInput`: a path on this machine (desktop) or the base64 bytes of an upload
 * (browser). The size is checked first, from the file system or from the base64 length, so a file
 * over the limit is refused without being held in memory.
 */
export function readImportedFile(input: z.output<typeof importedFileInput>, rules: ImportedFileRules): ImportedFile {
  const tooLarge = () => rules.tooLarge(Math.round(rules.maxBytes / MB));
  if ('path' in input) {
    if (sizeOf(input.path, rules.field) > rules.maxBytes) throw tooLarge();
    return { fileName: basename(input.path), bytes: readFileSync(input.path) };
  }
  // Four base64 characters carry three bytes.
  if ((input.bytesBase64.length / 4) * 3 > rules.maxBytes + 3) throw tooLarge();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.bytesBase64)) {
    throw fieldError('validation', { path: [...rules.field, 'bytesBase64'], messageKey: 'errors:fileNotBase64' });
  }
  return { fileName: input.fileName, bytes: Buffer.from(input.bytesBase64, 'base64') };
}

function sizeOf(path: string, field: (string | number)[]): number {
  try {
    const stat = statSync(path);
    if (stat.isFile()) return stat.size;
  } catch {
    // Missing or unreadable: the same answer as a folder.
  }
  throw fieldError('file_not_found', { path: [...field, 'path'], messageKey: 'errors:fileNotFound' });
}
