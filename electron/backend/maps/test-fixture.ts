import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Geometry } from '../../../shared/maps/schema';
import { KENYA, useTempBackend } from '../test-support';

type Ring = [number, number][];

/** A lon/lat rectangle as a closed ring, counter-clockwise. */
export const rectangle = (west: number, south: number, east: number, north: number): Ring => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];
export const polygon = (...rings: Ring[]): Geometry => ({ type: 'Polygon', coordinates: rings });
export const BOW_TIE: Geometry = { type: 'Polygon', coordinates: [[[36, -1], [37, 0], [37, -1], [36, 0], [36, -1]]] };

/** A Kenyan workspace with one land type to hang geometries on, and the count of its change log. */
export function mapsWorkspace(tempBackend: ReturnType<typeof useTempBackend>) {
  const backend = tempBackend();
  const path = join(backend.dir, 'maps.ldnw');
  const workspace = backend.ok('workspace.create', { ...KENYA, path });
  const landType = backend.ok('landtypes.save', { code: 'G1', name: 'Grassland, semi-arid' });
  function changeLogCount(): number {
    const db = new Database(path, { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
    } finally {
      db.close();
    }
  }
  return { ...backend, path, workspaceId: workspace.id, landTypeId: landType.id, changeLogCount };
}

/** A file as the browser uploads it. */
export const upload = (fileName: string, bytes: Uint8Array | string) => ({
  fileName,
  bytesBase64: Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64'),
});
