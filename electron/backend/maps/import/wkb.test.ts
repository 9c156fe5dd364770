import { describe, expect, it } from 'vitest';
import { readWkb, WkbError } from './wkb';

/** WKB written by hand, big-endian (byte order 0), as some writers emit it. */
function bigEndian(parts: (['u8', number] | ['u32', number] | ['f64', number])[]): Uint8Array {
  const size = parts.reduce((sum, [kind]) => sum + (kind === 'u8' ? 1 : kind === 'u32' ? 4 : 8), 0);
  const view = new DataView(new ArrayBuffer(size));
  let offset = 0;
  for (const [kind, value] of parts) {
    if (kind === 'u8') view.setUint8(offset, value);
    else if (kind === 'u32') view.setUint32(offset, value);
    else view.setFloat64(offset, value);
    offset += kind === 'u8' ? 1 : kind === 'u32' ? 4 : 8;
  }
  return new Uint8Array(view.buffer);
}

describe('readWkb', () => {
  it('reads a big-endian MultiPoint of 3D (ISO 1000 offset) points, dropping the height', () => {
    const point = (x: number, y: number, z: number) => [['u8', 0], ['u32', 1001], ['f64', x], ['f64', y], ['f64', z]] as const;
    const wkb = bigEndian([['u8', 0], ['u32', 1004], ['u32', 2], ...point(36.8, -1.3, 1700), ...point(37, 0, 1500)] as never);
    expect(readWkb(wkb)).toEqual({ type: 'MultiPoint', coordinates: [[36.8, -1.3], [37, 0]] });
  });

  it('refuses a count larger than the bytes that follow, instead of allocating it', () => {
    const wkb = bigEndian([['u8', 0], ['u32', 3], ['u32', 0xffffffff]]);
    expect(() => readWkb(wkb)).toThrow(WkbError);
  });

  it('refuses an unknown geometry type', () => {
    expect(() => readWkb(bigEndian([['u8', 0], ['u32', 17]]))).toThrow(WkbError);
  });
});
