import { unzipSync } from 'fflate';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeZip } from './write-zip';

const entries = [
  ['manifest.json', Buffer.from('{"packageType":"x"}\n')],
  ['spatial/zones.geojson', Buffer.from(`{"type":"FeatureCollection","features":[${'{"type":"Feature"},'.repeat(5_000)}{}]}`)],
  ['README.txt', Buffer.from('Aires en km² — المساحات بالكيلومتر المربع\r\n')],
  ['empty.csv', Buffer.alloc(0)],
] as const;

/** Name, CRC-32 and compression method of each entry, as the central directory lists them (APPNOTE 4.3.12). */
function centralDirectory(zip: Uint8Array): { name: string; crc: number; method: number }[] {
  const view = Buffer.from(zip);
  const found: { name: string; crc: number; method: number }[] = [];
  for (let at = view.indexOf('PK\x01\x02'); at >= 0; at = view.indexOf('PK\x01\x02', at + 4)) {
    const nameLength = view.readUInt16LE(at + 28);
    found.push({ name: view.toString('utf8', at + 46, at + 46 + nameLength), crc: view.readUInt32LE(at + 16), method: view.readUInt16LE(at + 10) });
  }
  return found;
}

describe('writeZip', () => {
  it('gives back every entry byte for byte, in the order given, deflated and with its CRC', () => {
    const zip = writeZip(entries);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(entries.map(([name]) => name));
    for (const [name, bytes] of entries) expect(Buffer.from(files[name]!).equals(bytes)).toBe(true);
    expect(centralDirectory(zip)).toEqual(entries.map(([name, bytes]) => ({ name, crc: crc32(bytes), method: 8 })));
    // 5,000 repeated features shrink to a small fraction.
    expect(zip.length).toBeLessThan(entries[1][1].length / 20);
  });

  it('writes the same bytes for the same entries, whenever it runs', () => {
    const first = writeZip(entries);
    expect(Buffer.from(writeZip(entries)).equals(first)).toBe(true);
  });
});
