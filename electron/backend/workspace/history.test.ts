import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KENYA, useTempBackend } from '../test-support';

const tempBackend = useTempBackend();

function signedInWorkspace() {
  const backend = tempBackend();
  backend.ok('settings.saveProfile', { name: 'Amina Njoroge', organisation: 'Ministry of Environment', role: 'focal_point' });
  const path = join(backend.dir, 'ws.ldnw');
  backend.ok('workspace.create', { ...KENYA, path });
  return { ...backend, path };
}

describe('change log and history', () => {
  it('tells who changed which field of a record, from what to what, newest first', () => {
    const { ok } = signedInWorkspace();
    const forest = ok('landtypes.save', { code: 'F1', name: 'Forest', areaKm2: 100 });
    ok('landtypes.save', { id: forest.id, code: 'F1', name: 'Forest, humid', areaKm2: 100 });
    ok('landtypes.delete', { id: forest.id });
    ok('landtypes.restore', { id: forest.id });

    const { entries, nextBefore } = ok('workspace.history', { entityId: forest.id });
    expect(nextBefore).toBeNull();
    expect(entries.map((e) => e.operation)).toEqual(['restore', 'delete', 'update', 'insert']);
    expect(entries.every((e) => e.memberName === 'Amina Njoroge')).toBe(true);
    expect(entries[2]!.changes).toEqual([{ field: 'name', before: 'Forest', after: 'Forest, humid' }]);
    expect(entries[3]!.changes).toEqual([
      { field: 'code', before: null, after: 'F1' },
      { field: 'name', before: null, after: 'Forest' },
      { field: 'definitionBasis', before: null, after: null },
      { field: 'areaKm2', before: null, after: 100 },
      { field: 'degradedAreaKm2', before: null, after: null },
      { field: 'notes', before: null, after: null },
    ]);
    expect(entries[1]!.changes[0]).toMatchObject({ field: 'deletedAt', before: null });
    expect(entries[0]!.changes[0]).toMatchObject({ field: 'deletedAt', after: null });
  });

  it('leaves no trace for a save that changes nothing', () => {
    const { ok } = signedInWorkspace();
    const forest = ok('landtypes.save', { code: 'F1', name: 'Forest' });
    ok('landtypes.save', { id: forest.id, code: 'F1', name: 'Forest' });
    expect(ok('workspace.history', { entityId: forest.id }).entries).toHaveLength(1);
  });

  it('records the timestamp of the value each change replaced (for sync)', () => {
    const { ok, backend, path } = signedInWorkspace();
    const forest = ok('landtypes.save', { code: 'F1', name: 'Forest' });
    ok('landtypes.save', { id: forest.id, code: 'F1', name: 'Forest 2' });
    ok('landtypes.save', { id: forest.id, code: 'F1', name: 'Forest 3' });
    backend.close();
    const db = new Database(path, { readonly: true });
    const rows = db
      .prepare("SELECT hlc, base_hlc AS base FROM change_log WHERE entity_id = ? AND field = 'name' ORDER BY hlc")
      .all(forest.id) as { hlc: string; base: string | null }[];
    db.close();
    expect(rows.map((r) => r.base)).toEqual([null, rows[0]!.hlc, rows[1]!.hlc]);
  });

  it('is append-only: the database itself refuses to rewrite or erase it', () => {
    const { ok, backend, path } = signedInWorkspace();
    ok('landtypes.save', { code: 'F1', name: 'Forest' });
    backend.close();
    const db = new Database(path);
    expect(() => db.exec("UPDATE change_log SET after = '\"Desert\"'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM change_log')).toThrow(/append-only/);
    db.close();
  });

  it('pages back through older entries', () => {
    const { ok } = signedInWorkspace();
    for (let i = 0; i < 5; i++) ok('landtypes.save', { code: `T${i}`, name: `Type ${i}` });
    const first = ok('workspace.history', { entity: 'landtype', limit: 2 });
    expect(first.entries.map((e) => e.changes[0]!.after)).toEqual(['T4', 'T3']);
    const second = ok('workspace.history', { entity: 'landtype', limit: 2, before: first.nextBefore! });
    expect(second.entries.map((e) => e.changes[0]!.after)).toEqual(['T2', 'T1']);
    const last = ok('workspace.history', { entity: 'landtype', limit: 2, before: second.nextBefore! });
    expect(last.entries.map((e) => e.changes[0]!.after)).toEqual(['T0']);
    expect(last.nextBefore).toBeNull();
  });

  it('records the creation, the rename and the member with their authors', () => {
    const { ok } = signedInWorkspace();
    ok('workspace.rename', { name: 'Kenya LDN targets 2026' });
    const entries = ok('workspace.history', {}).entries;
    expect(entries[0]).toMatchObject({ entity: 'workspace', operation: 'update', changes: [{ field: 'name', before: 'Kenya LDN 2026', after: 'Kenya LDN targets 2026' }] });
    expect(entries.filter((e) => e.entity === 'period')).toHaveLength(3);
    expect(entries.find((e) => e.entity === 'member')).toMatchObject({ operation: 'insert', memberName: 'Amina Njoroge' });
    expect(ok('workspace.get', {}).lastChangeAt).toBe(entries[0]!.at);
  });
});
