import { Zip, type ZipInputFile } from 'fflate';
import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Zip entries carry a modification time; a fixed one keeps an archive's bytes the same for the same
 * contents (the package and its workbook must be byte-identical between exports of the same workspace).
 */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/**
 * Node's zlib at its fastest level: a package of 20,000 polygons is about 75 MB of JSON, which fflate's
 * own deflate takes 6 s to compress and zlib level 1 well under one (bench/reporting-package.ts); the
 * archive is about 15 % larger than at level 6. zlib's output is fixed for a given input and level.
 */
const LEVEL = constants.Z_BEST_SPEED;
/** The compression method number of deflate in a zip entry (APPNOTE 4.4.5). */
const DEFLATE = 8;

/**
 * Writes a zip archive synchronously, with its entries in the order given (commands run inside one
 * SQLite transaction, which cannot wait for an asynchronous writer). fflate lays out the archive and zlib
 * compresses; every callback below runs before `end()` returns.
 */
export function writeZip(entries: Iterable<readonly [name: string, bytes: Uint8Array]>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const failures: Error[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) failures.push(error);
    else chunks.push(chunk);
  });
  for (const [name, bytes] of entries) {
    // fflate's documented way to bring another compressor: an entry that states its size and CRC and
    // hands over its compressed bytes through the `ondata` that `add` gives it.
    const entry: ZipInputFile = { filename: name, size: bytes.length, crc: crc32(bytes), compression: DEFLATE, mtime: FIXED_MTIME };
    zip.add(entry);
    entry.ondata!(null, deflateRawSync(bytes, { level: LEVEL }), true);
  }
  zip.end();
  if (failures[0]) throw failures[0];
  return Buffer.concat(chunks);
}
