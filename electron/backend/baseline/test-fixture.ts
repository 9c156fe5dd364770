import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UNCCD_LAND_COVER_CODES } from '../../../shared/baseline/classes';
import { KENYA, type useTempBackend } from '../test-support';

/** A fresh workspace (Kenya's profile, land area `landAreaKm2`) at a known path, with a way to count its change log. */
export function baselineWorkspace(tempBackend: ReturnType<typeof useTempBackend>, landAreaKm2: number = KENYA.landAreaKm2) {
  const backend = tempBackend();
  const path = join(backend.dir, 'baseline.ldnw');
  backend.ok('workspace.create', { ...KENYA, landAreaKm2, path });
  function changeLogCount(): number {
    const db = new Database(path, { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
    } finally {
      db.close();
    }
  }
  return { ...backend, path, changeLogCount };
}

/** The bytes of a file in test/fixtures/trends-earth/. */
export const teFixture = (name: string): Buffer => readFileSync(join(__dirname, '../../../test/fixtures/trends-earth', name));

/** A file as the browser uploads it. */
export const upload = (fileName: string, bytes: Buffer | string) => ({ fileName, bytesBase64: Buffer.from(bytes).toString('base64') });

/** A full 7 × 7 change matrix with `areaKm2` in every cell. */
export const fullMatrix = (areaKm2: number) =>
  UNCCD_LAND_COVER_CODES.flatMap((initialCode) => UNCCD_LAND_COVER_CODES.map((finalCode) => ({ initialCode, finalCode, areaKm2 })));
