import { unzipSync, type UnzipFileInfo } from 'fflate';

/**
 * The entries of a zip archive that a reader asks for (an XLSX workbook's parts, a zipped Shapefile's
 * members), read synchronously with fflate: commands run inside one SQLite transaction, which cannot
 * wait for an asynchronous unzip.
 */

const STORED = 0;
const DEFLATED = 8;

/** Thrown for anything that is not a zip we can read; the caller says which file was wrong. */
export class ZipError extends Error {}

/** An entry whose name would leave the folder it is unpacked into (`../x`, `/etc/x`, `C:\x`): the archive is hostile. */
export class UnsafeZipEntry extends ZipError {
  constructor(readonly entryName: string) {
    super(`${entryName}: unsafe entry name`);
  }
}

export interface ZipLimits {
  /** Whether an entry is wanted; the others are neither inflated nor returned. */
  wanted: (name: string) => boolean;
  /** The largest one entry may declare. */
  maxEntryBytes: number;
  /** The most all wanted entries together may declare. */
  maxTotalBytes: number;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The inflated bytes of the wanted entries, by name. Every entry's name is checked, wanted or not. */
export function readZipEntries(bytes: Uint8Array, limits: ZipLimits): Map<string, Uint8Array> {
  const declaredSizes = new Map<string, number>();
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(entry) {
        if (isUnsafeName(entry.name)) throw new UnsafeZipEntry(entry.name);
        if (!limits.wanted(entry.name)) return false;
        checkHeader(entry, limits.maxEntryBytes);
        total += entry.originalSize;
        if (total > limits.maxTotalBytes) throw new ZipError('declared sizes over the total limit');
        declaredSizes.set(entry.name, entry.originalSize);
        return true;
      },
    });
  } catch (error) {
    // fflate throws plain errors for a missing end record, a bad zip64 record and bad deflate data.
    if (error instanceof ZipError) throw error;
    throw new ZipError('unreadable archive', { cause: error });
  }
  const entries = new Map(Object.entries(files));
  for (const [name, data] of entries) {
    // fflate inflates into a buffer of the declared size: shorter output means a damaged entry.
    if (data.length !== declaredSizes.get(name)) throw new ZipError(`${name}: inflated size differs from its header`);
  }
  return entries;
}

/** Absolute paths, drive letters and `..` segments, in either slash. */
function isUnsafeName(name: string): boolean {
  return /^[/\\]/.test(name) || /^[A-Za-z]:/.test(name) || name.split(/[/\\]/).includes('..') || name.includes('\0');
}

/**
 * Refuses, before inflating, an entry we could not or should not read: AES encryption (method 99) and
 * other methods, a declared size over the limit, and sizes that contradict each other. fflate ignores the
 * encryption flag, but a ZipCrypto entry keeps a 12-byte header before its data: stored, it holds more
 * bytes than it declares; deflated, it inflates to noise that fails the size check or the parser.
 *
 * Minimal guard against a zip bomb that lies about its size: fflate inflates into a buffer of the declared
 * size and drops the rest, so memory stays bounded, but it cannot stop a deflate stream early (node's zlib
 * could, with maxOutputLength): an entry that holds far more than it declares is decoded to its end and
 * silently cut (the cut content is then refused by its parser). The usual lie, a header claiming less than
 * its own compressed data, is refused here; a bomb claiming a plausible size costs seconds of CPU per
 * compressed megabyte.
 */
function checkHeader(entry: UnzipFileInfo, maxEntryBytes: number): void {
  if (entry.compression !== STORED && entry.compression !== DEFLATED) throw new ZipError(`${entry.name}: compression method ${entry.compression}`);
  if (entry.originalSize > maxEntryBytes) throw new ZipError(`${entry.name}: declared size over the limit`);
  const sizesAgree = entry.compression === STORED ? entry.size === entry.originalSize : entry.size <= largestDeflateSize(entry.originalSize);
  if (!sizesAgree) throw new ZipError(`${entry.name}: compressed size does not fit the declared size`);
}

/** Even an encoder that never falls back to stored blocks spends at most 9 bits on a byte, plus block headers. */
function largestDeflateSize(originalSize: number): number {
  return Math.ceil((originalSize * 9) / 8) + 64;
}
