/**
 * A small reader of Well-Known Binary (ISO and extended WKB: the 1000/2000/3000 offsets and the EWKB
 * high bits for Z, M and SRID) into GeoJSON geometry objects. Counts are checked against the bytes left,
 * so a hostile count cannot make it allocate more than the blob holds.
 */

export class WkbError extends Error {}

type GeoJsonGeometry = { type: string; coordinates?: unknown; geometries?: GeoJsonGeometry[] };

const TYPES: Record<number, string> = {
  1: 'Point',
  2: 'LineString',
  3: 'Polygon',
  4: 'MultiPoint',
  5: 'MultiLineString',
  6: 'MultiPolygon',
  7: 'GeometryCollection',
};
const MAX_DEPTH = 32;

export function readWkb(bytes: Uint8Array): GeoJsonGeometry {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;

  const need = (count: number) => {
    if (offset + count > bytes.byteLength) throw new WkbError('truncated geometry');
  };

  const geometry = (depth: number): GeoJsonGeometry => {
    if (depth > MAX_DEPTH) throw new WkbError('geometry nested too deeply');
    need(5);
    const little = view.getUint8(offset) === 1;
    let code = view.getUint32(offset + 1, little);
    offset += 5;
    // EWKB: Z, M and SRID flags in the high bits; an SRID follows the type.
    let dimensions = 2 + (code & 0x80000000 ? 1 : 0) + (code & 0x40000000 ? 1 : 0);
    if (code & 0x20000000) {
      need(4);
      offset += 4;
    }
    code &= 0x0fffffff;
    // ISO: 1000 Z, 2000 M, 3000 ZM.
    const iso = Math.floor(code / 1000);
    if (iso > 0) dimensions = iso === 3 ? 4 : 3;
    const type = TYPES[code % 1000];
    if (!type) throw new WkbError(`geometry type ${code}`);

    const uint = () => {
      need(4);
      const value = view.getUint32(offset, little);
      offset += 4;
      return value;
    };
    const count = (itemBytes: number) => {
      const n = uint();
      need(n * itemBytes);
      return n;
    };
    const position = () => {
      need(dimensions * 8);
      const x = view.getFloat64(offset, little);
      const y = view.getFloat64(offset + 8, little);
      offset += dimensions * 8;
      return [x, y];
    };
    const positions = () => Array.from({ length: count(dimensions * 8) }, position);
    const rings = () => Array.from({ length: count(4) }, positions);
    const parts = () => Array.from({ length: count(5) }, () => geometry(depth + 1));

    switch (type) {
      case 'Point': {
        const [x, y] = position() as [number, number];
        // An empty point is written as NaN coordinates.
        return Number.isNaN(x) && Number.isNaN(y) ? { type: 'MultiPoint', coordinates: [] } : { type, coordinates: [x, y] };
      }
      case 'LineString':
        return { type, coordinates: positions() };
      case 'Polygon':
        return { type, coordinates: rings() };
      case 'GeometryCollection':
        return { type, geometries: parts() };
      default:
        // Multi* hold whole geometries, each with its own header.
        return { type, coordinates: parts().map((part) => part.coordinates) };
    }
  };

  return geometry(0);
}
