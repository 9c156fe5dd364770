import { unzipSync, type UnzipFileInfo } from 'fflate';

/**
 * The parts of a zip archive (an XLSX file) that we ask for, read synchronously with fflate: commands
 * run inside one SQLite transaction, which cannot wait for the asynchronous unzip of exceljs.
 */

/** The largest part of a workbook we inflate; an attendance sheet of 5,000 rows is a few megabytes of XML. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

const STORED = 0;
const DEFLATED = 8;

/** Thrown for anything that is not a zip we can read; the caller says which file was wrong. */
export class ZipError extends Error {}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The inflated bytes of the named entries the archive has; the others are neither inflated nor listed. */
export function readZipParts(bytes: Uint8Array, names: readonly string[]): Map<string, Uint8Array> {
  const declaredSizes = new Map<string, number>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(entry) {
        if (!names.includes(entry.name)) return false;
        checkHeader(entry);
        declaredSizes.set(entry.name, entry.originalSize);
        return true;
      },
    });
  } catch (error) {
    // fflate throws plain errors for a missing end record, a bad zip64 record and bad deflate data.
    if (error instanceof ZipError) throw error;
    throw new ZipError('unreadable archive', { cause: error });
  }
  const parts = new Map(Object.entries(files));
  for (const [name, data] of parts) {
    // fflate inflates into a buffer of the declared size: shorter output means a damaged entry.
    if (data.length !== declaredSizes.get(name)) throw new ZipError(`${name}: inflated size differs from its header`);
  }
  return parts;
}

/**
 * Refuses, before inflating, an entry we could not or should not read: AES encryption (method 99) and
 * other methods, a declared size over the limit, and sizes that contradict each other. fflate ignores the
 * encryption flag, but a ZipCrypto entry keeps a 12-byte header before its data: stored, it holds more
 * bytes than it declares; deflated, it inflates to noise that fails the size check or the XML.
 *
 * Minimal guard against a zip bomb that lies about its size: fflate inflates into a buffer of the declared
 * size and drops the rest, so memory stays bounded, but it cannot stop a deflate stream early (node's zlib
 * could, with maxOutputLength): an entry that holds far more than it declares is decoded to its end and
 * silently cut (the cut XML is then refused). The usual lie, a header claiming less than its own compressed
 * data, is refused here; a bomb claiming a plausible size costs seconds of CPU per compressed megabyte.
 */
function checkHeader(entry: UnzipFileInfo): void {
  if (entry.compression !== STORED && entry.compression !== DEFLATED) throw new ZipError(`${entry.name}: compression method ${entry.compression}`);
  if (entry.originalSize > MAX_ENTRY_BYTES) throw new ZipError(`${entry.name}: declared size over the limit`);
  const sizesAgree = entry.compression === STORED ? entry.size === entry.originalSize : entry.size <= largestDeflateSize(entry.originalSize);
  if (!sizesAgree) throw new ZipError(`${entry.name}: compressed size does not fit the declared size`);
}

/** Even an encoder that never falls back to stored blocks spends at most 9 bits on a byte, plus block headers. */
function largestDeflateSize(originalSize: number): number {
  return Math.ceil((originalSize * 9) / 8) + 64;
}
