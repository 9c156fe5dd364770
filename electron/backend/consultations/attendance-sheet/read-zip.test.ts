import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_ENTRY_BYTES, openZip, ZipError } from './read-zip';

interface Entry {
  name: string;
  data: Buffer;
  deflate?: boolean;
  /** The uncompressed size the headers claim; a zip bomb lies here. */
  claimedSize?: number;
  encrypted?: boolean;
}

/** A zip archive written byte by byte (local headers, central directory, end record), as any zip tool would. */
function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = entry.deflate ? deflateRawSync(entry.data) : entry.data;
    const flags = entry.encrypted ? 1 : 0;
    const method = entry.deflate ? 8 : 0;
    const size = entry.claimedSize ?? entry.data.length;
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

describe('reading a zip archive', () => {
  it('reads stored and deflated entries by name', () => {
    const archive = openZip(zip([
      { name: 'a.txt', data: Buffer.from('stored') },
      { name: 'xl/b.xml', data: Buffer.from('<x>deflated</x>'.repeat(100)), deflate: true },
    ]));
    expect(archive.names()).toEqual(['a.txt', 'xl/b.xml']);
    expect(archive.read('a.txt')?.toString()).toBe('stored');
    expect(archive.read('xl/b.xml')?.toString()).toBe('<x>deflated</x>'.repeat(100));
    expect(archive.read('missing')).toBeUndefined();
  });

  it('stops inflating a zip bomb at the limit, even when its headers claim a small size', () => {
    const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(MAX_ENTRY_BYTES + 1024), deflate: true, claimedSize: 100 }]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(() => openZip(bomb).read('xl/worksheets/sheet1.xml')).toThrow(ZipError);
  });

  it('refuses encrypted entries and archives without an end record', () => {
    expect(() => openZip(zip([{ name: 'a', data: Buffer.from('x'), encrypted: true }]))).toThrow(ZipError);
    expect(() => openZip(Buffer.from('PK\u0003\u0004 and nothing else'))).toThrow(ZipError);
  });
});
