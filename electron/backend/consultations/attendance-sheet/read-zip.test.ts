import { describe, expect, it } from 'vitest';
import { MAX_ENTRY_BYTES, readZipParts, ZipError } from './read-zip';
import { testZip } from './test-zip';

const text = (bytes: Uint8Array | undefined) => (bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8'));

describe('reading parts of a zip archive', () => {
  it('reads the stored and deflated entries asked for, and only those', () => {
    const archive = testZip([
      { name: 'a.txt', data: 'stored' },
      { name: 'xl/b.xml', data: '<x>deflated</x>'.repeat(100), deflate: true },
      { name: 'xl/c.xml', data: 'not asked for', deflate: true },
    ]);
    const parts = readZipParts(archive, ['a.txt', 'xl/b.xml', 'missing']);
    expect([...parts.keys()]).toEqual(['a.txt', 'xl/b.xml']);
    expect(text(parts.get('a.txt'))).toBe('stored');
    expect(text(parts.get('xl/b.xml'))).toBe('<x>deflated</x>'.repeat(100));
  });

  it('refuses a zip bomb whose headers claim a small size, before inflating it', () => {
    const bomb = testZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(MAX_ENTRY_BYTES + 1024), deflate: true, claimedSize: 100 }]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(() => readZipParts(bomb, ['xl/worksheets/sheet1.xml'])).toThrow(ZipError);
  });

  it('refuses an entry that declares more than the limit, or more than it inflates to', () => {
    const honestBomb = testZip([{ name: 'big.xml', data: Buffer.alloc(MAX_ENTRY_BYTES + 1), deflate: true }]);
    expect(() => readZipParts(honestBomb, ['big.xml'])).toThrow(ZipError);
    const overstated = testZip([{ name: 'short.xml', data: 'only a little '.repeat(50), deflate: true, claimedSize: 2000 }]);
    expect(() => readZipParts(overstated, ['short.xml'])).toThrow(ZipError);
  });

  it('refuses encrypted entries, stored, deflated or AES, and unknown compression methods', () => {
    for (const entry of [
      { name: 'a.xml', data: '<a/>', encrypted: true },
      { name: 'a.xml', data: '<a>secret</a>'.repeat(40), deflate: true, encrypted: true },
      { name: 'a.xml', data: '<a/>', method: 99 },
      { name: 'a.xml', data: '<a/>', method: 12 },
    ]) {
      expect(() => readZipParts(testZip([entry]), ['a.xml'])).toThrow(ZipError);
    }
  });

  it('refuses archives without an end record, and truncated ones', () => {
    expect(() => readZipParts(Buffer.from('PK\u0003\u0004 and nothing else'), ['a'])).toThrow(ZipError);
    const archive = testZip([{ name: 'a.xml', data: '<a>text</a>'.repeat(200), deflate: true }]);
    expect(() => readZipParts(archive.subarray(0, archive.length - 10), ['a.xml'])).toThrow(ZipError);
    expect(() => readZipParts(archive.subarray(0, 40), ['a.xml'])).toThrow(ZipError);
  });
});
