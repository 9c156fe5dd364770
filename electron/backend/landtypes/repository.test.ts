import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '..';
import { selectColumns } from '../db/entities';
import { KENYA } from '../test-support';

const dirs: string[] = [];
const backends: Backend[] = [];
afterEach(() => {
  for (const backend of backends.splice(0)) backend.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Without output validation, as in the app: zod's parse would rebuild the objects and hide a difference. */
function appBackend() {
  const dir = mkdtempSync(join(tmpdir(), 'ldn-landtypes-list-'));
  dirs.push(dir);
  const backend = createBackend({ dataDir: dir, mode: 'web', appVersion: '0.0.0-test', onInternalError: (e) => { throw e; } });
  backends.push(backend);
  const ok = (name: string, input: unknown) => {
    const result = backend.dispatch(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
    return result.value as Record<string, unknown>;
  };
  return ok;
}

describe('landtypes.list', () => {
  it('answers exactly the rows the generic entity SELECT reads: same keys, key order, values and row order', () => {
    const ok = appBackend();
    const { path } = ok('workspace.create', KENYA) as { path: string };
    ok('landtypes.save', { code: 'G2', name: 'Grassland, arid', areaKm2: 120_000, degradedAreaKm2: 3_500.5 });
    ok('landtypes.save', { code: 'C1', name: 'Cropland on vertisols', definitionBasis: 'land cover × soil', notes: 'Rift Valley' });
    const gone = ok('landtypes.save', { code: 'A0', name: 'Wetland' }) as { id: string };
    ok('landtypes.delete', { id: gone.id });

    const db = new Database(path, { readonly: true });
    const read = (where: string) => db.prepare(`SELECT ${selectColumns('landtype')} FROM landtype ${where} ORDER BY code, id`).all();
    try {
      expect(JSON.stringify(ok('landtypes.list', {}).items)).toBe(JSON.stringify(read('WHERE deleted_at IS NULL')));
      expect(JSON.stringify(ok('landtypes.list', { includeDeleted: true }).items)).toBe(JSON.stringify(read('')));
    } finally {
      db.close();
    }
  });
});
