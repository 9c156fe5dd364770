import { TE_MAX_JSON_BYTES, TE_MAX_PACKAGE_MEMBERS, megabytes } from '../../../../shared/baseline/trends-earth-limits';
import { AppError } from '../../errors';

/**
 * A synchronous reader of the ustar/pax/GNU tar format, for the Trends.Earth reporting package (§2.7).
 * Synchronous because commands run inside one better-sqlite3 transaction, which cannot wait for a stream;
 * tar-stream (whose extractor is a stream) writes the packages the tests read, so both sides stay honest.
 * The tar is already in memory, capped by the gunzip limit. It refuses, instead of skipping, whatever an
 * extractor could be tricked with: names that leave the folder (`..`, absolute), links, devices and FIFOs,
 * members over the size limit and archives with too many members.
 */
export interface TarMember {
  name: string;
  bytes: Buffer;
}

const BLOCK = 512;

/** Type flags of members with content (regular files) and of entries that carry none (folders, pax globals). */
const FILE_TYPES = new Set(['0', '\0', '7']);
const SKIPPED_TYPES = new Set(['5', 'g']);

export function readTar(tar: Buffer): TarMember[] {
  const members: TarMember[] = [];
  let offset = 0;
  let longName: string | null = null;
  let count = 0;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break; // end of archive
    if (!checksumMatches(header)) throw corrupt();
    const size = sizeOf(header);
    const dataStart = offset + BLOCK;
    if (dataStart + size > tar.length) throw corrupt();
    const data = tar.subarray(dataStart, dataStart + size);
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;

    const type = String.fromCharCode(header[156]!);
    if (type === 'x' || type === 'L') {
      // A pax header or GNU long name names the member that follows.
      longName = type === 'L' ? cString(data, 0, data.length) : (paxPath(data) ?? longName);
      continue;
    }
    const name = longName ?? headerName(header);
    longName = null;
    if (++count > TE_MAX_PACKAGE_MEMBERS) throw new AppError('validation', 'errors:baseline.te.tooManyMembers', { max: TE_MAX_PACKAGE_MEMBERS });
    if (!isSafeName(name) || !(FILE_TYPES.has(type) || SKIPPED_TYPES.has(type))) throw new AppError('validation', 'errors:baseline.te.unsafeArchive', { name });
    // Only JSON members are read; the rasters beside them may be large and are passed over.
    if (!FILE_TYPES.has(type) || !name.toLowerCase().endsWith('.json')) continue;
    if (size > TE_MAX_JSON_BYTES) throw new AppError('validation', 'errors:baseline.te.memberTooLarge', { name, maxMb: megabytes(TE_MAX_JSON_BYTES) });
    members.push({ name, bytes: data });
  }
  return members;
}

const corrupt = () => new AppError('validation', 'errors:baseline.te.corruptArchive');

/** A relative path that stays inside the folder it is extracted to. */
function isSafeName(name: string): boolean {
  const normalized = name.replaceAll('\\', '/');
  if (normalized === '' || normalized.startsWith('/') || /^[A-Za-z]:/.test(normalized)) return false;
  return !normalized.split('/').includes('..');
}

function headerName(header: Buffer): string {
  const name = cString(header, 0, 100);
  const isUstar = header.toString('latin1', 257, 262) === 'ustar';
  const prefix = isUstar ? cString(header, 345, 155) : '';
  return prefix ? `${prefix}/${name}` : name;
}

/** Sizes are octal text; a base-256 size (bit 7 set) only occurs for members of 8 GB and more. */
function sizeOf(header: Buffer): number {
  if ((header[124]! & 0x80) !== 0) return Number.MAX_SAFE_INTEGER;
  const text = cString(header, 124, 12).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

/** The checksum is the sum of the header's bytes with its own field read as spaces. */
function checksumMatches(header: Buffer): boolean {
  const stored = parseInt(cString(header, 148, 8).trim(), 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
  return sum === stored;
}

/** pax records are "<length> <key>=<value>\n"; only the path matters here. */
function paxPath(data: Buffer): string | null {
  let path: string | null = null;
  for (const record of data.toString('utf8').split('\n')) {
    const match = /^\d+ path=(.*)$/s.exec(record);
    if (match) path = match[1]!;
  }
  return path;
}

function cString(buffer: Buffer, start: number, length: number): string {
  const field = buffer.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.toString('utf8', 0, end === -1 ? field.length : end);
}
