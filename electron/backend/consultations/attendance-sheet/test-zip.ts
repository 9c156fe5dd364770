import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';

/** One entry of a test archive, with the lies a crafted archive can tell. */
export interface TestZipEntry {
  name: string;
  data: Buffer | string;
  deflate?: boolean;
  /** The uncompressed size the headers claim; a zip bomb lies here. */
  claimedSize?: number;
  /** Compression method in the headers, when not stored (0) or deflated (8): 99 is AES. */
  method?: number;
  /** Encrypted the traditional (ZipCrypto) way: a 12-byte header, then data that looks like noise. */
  encrypted?: boolean;
}

/** Deterministic bytes that look random, as encrypted data does. */
function noise(length: number): Buffer {
  const blocks = Array.from({ length: Math.ceil(length / 32) }, (_, index) => createHash('sha256').update(String(index)).digest());
  return Buffer.concat(blocks).subarray(0, length);
}

/**
 * A zip archive written byte by byte (local headers, central directory, end record), as any zip tool
 * would, except that every size and flag is ours to set: no library writes a lying archive.
 */
export function testZip(entries: TestZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = Buffer.from(entry.data);
    const packed = entry.deflate ? deflateRawSync(data) : data;
    const body = entry.encrypted ? noise(12 + packed.length) : packed;
    const flags = entry.encrypted ? 1 : 0;
    const method = entry.method ?? (entry.deflate ? 8 : 0);
    const size = entry.claimedSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
