import { inflateRawSync } from 'node:zlib';

/**
 * The entries of a zip archive (an XLSX file), read synchronously: commands run inside one SQLite
 * transaction, which cannot wait for the asynchronous unzip of exceljs. Defensive: no zip64, no
 * encryption, and no entry inflates beyond `MAX_ENTRY_BYTES` (a 5 MB zip bomb stays a 5 MB problem).
 */

/** The largest part of a workbook we inflate; an attendance sheet of 5,000 rows is a few megabytes of XML. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/** Thrown for anything that is not a zip we can read; the caller says which file was wrong. */
export class ZipError extends Error {}

export interface ZipArchive {
  names(): string[];
  /** The inflated bytes of an entry, or undefined when the archive has no such entry. */
  read(name: string): Buffer | undefined;
}

interface Entry {
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function openZip(bytes: Buffer): ZipArchive {
  const entries = centralDirectory(bytes);
  return {
    names: () => [...entries.keys()],
    read(name) {
      const entry = entries.get(name);
      return entry ? inflate(bytes, entry) : undefined;
    },
  };
}

function centralDirectory(bytes: Buffer): Map<string, Entry> {
  const end = findEndOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError('zip64');
  const entries = new Map<string, Entry>();
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) throw new ZipError('central directory');
    const flags = bytes.readUInt16LE(offset + 8);
    if (flags & 0x1) throw new ZipError('encrypted');
    const nameLength = bytes.readUInt16LE(offset + 28);
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.set(name, {
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      size: bytes.readUInt32LE(offset + 24),
      localHeaderOffset: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return entries;
}

/** The end record sits in the last 22 bytes plus a comment of up to 64 KiB. */
function findEndOfCentralDirectory(bytes: Buffer): number {
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 22 - 0xffff); offset -= 1) {
    if (bytes.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new ZipError('no end of central directory');
}

function inflate(bytes: Buffer, entry: Entry): Buffer {
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length || bytes.readUInt32LE(header) !== LOCAL_FILE_HEADER) throw new ZipError('local header');
  const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize || entry.size > MAX_ENTRY_BYTES) throw new ZipError('entry size');
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipError('compression method');
  try {
    return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES });
  } catch {
    throw new ZipError('inflate');
  }
}
