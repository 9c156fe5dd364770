import { describe, expect, it } from 'vitest';
import { KENYA, useTempBackend } from '../test-support';

const tempBackend = useTempBackend();

function withWorkspace() {
  const backend = tempBackend();
  backend.ok('workspace.create', KENYA);
  return backend;
}

describe('land types', () => {
  it('creates, lists in code order and edits land types', () => {
    const { ok } = withWorkspace();
    const grass = ok('landtypes.save', { code: 'G2', name: 'Grassland, arid', areaKm2: 120_000 });
    ok('landtypes.save', { code: 'C1', name: 'Cropland on vertisols', definitionBasis: 'land cover × soil', notes: 'Rift Valley' });
    expect(ok('landtypes.list', {}).items.map((t) => t.code)).toEqual(['C1', 'G2']);

    const edited = ok('landtypes.save', { id: grass.id, code: 'G2', name: 'Grassland, arid and semi-arid', areaKm2: 130_500 });
    expect(edited).toMatchObject({ id: grass.id, name: 'Grassland, arid and semi-arid', areaKm2: 130_500, definitionBasis: null });
    expect(edited.createdAt).toBe(grass.createdAt);
  });

  it('refuses a code already used by another land type, on the code field', () => {
    const { ok, fails } = withWorkspace();
    ok('landtypes.save', { code: 'F1', name: 'Forest' });
    expect(fails('landtypes.save', { code: 'F1', name: 'Another forest' })).toEqual({
      code: 'conflict',
      messageKey: 'errors:landtypes.codeTaken',
      details: { fields: [{ path: ['code'], messageKey: 'errors:landtypes.codeTaken', params: { code: 'F1' } }] },
    });
  });

  it('refuses a land type larger than the workspace land area', () => {
    const { fails } = withWorkspace();
    const error = fails('landtypes.save', { code: 'X', name: 'Too big', areaKm2: 600_000 });
    expect(error.details?.fields).toEqual([{ path: ['areaKm2'], messageKey: 'errors:landtypes.areaExceedsLand', params: { max: 569_140 } }]);
  });

  it('refuses negative areas and empty names with field paths', () => {
    const { fails } = withWorkspace();
    const error = fails('landtypes.save', { code: 'A', name: '', areaKm2: -1 });
    expect(error.details?.fields?.map((f) => f.path[0])).toEqual(['name', 'areaKm2']);
  });

  it('deletes as a tombstone that undo restores, and frees the code meanwhile', () => {
    const { ok, fails } = withWorkspace();
    const forest = ok('landtypes.save', { code: 'F1', name: 'Forest' });
    ok('landtypes.delete', { id: forest.id });
    expect(ok('landtypes.list', {}).items).toEqual([]);
    expect(ok('landtypes.list', { includeDeleted: true }).items[0]).toMatchObject({ id: forest.id });
    expect(ok('landtypes.list', { includeDeleted: true }).items[0]!.deletedAt).not.toBeNull();

    expect(ok('landtypes.restore', { id: forest.id })).toMatchObject({ id: forest.id, deletedAt: null });

    ok('landtypes.delete', { id: forest.id });
    ok('landtypes.save', { code: 'F1', name: 'New forest' });
    expect(fails('landtypes.restore', { id: forest.id }).code).toBe('conflict');
  });

  it('answers not_found for an id that does not exist or was deleted', () => {
    const { ok, fails } = withWorkspace();
    const missing = '01900000-0000-7000-8000-000000000000';
    expect(fails('landtypes.save', { id: missing, code: 'A', name: 'A' }).code).toBe('not_found');
    expect(fails('landtypes.delete', { id: missing }).code).toBe('not_found');
    const gone = ok('landtypes.save', { code: 'B', name: 'B' });
    ok('landtypes.delete', { id: gone.id });
    expect(fails('landtypes.save', { id: gone.id, code: 'B', name: 'B2' }).code).toBe('not_found');
  });
});

describe('degraded area of a land type', () => {
  it('saves it, clears it when left out, and accepts it without a land type area', () => {
    const { ok } = withWorkspace();
    const dry = ok('landtypes.save', { code: 'D1', name: 'Dryland', areaKm2: 1_000, degradedAreaKm2: 250.5 });
    expect(dry.degradedAreaKm2).toBe(250.5);
    expect(ok('landtypes.save', { id: dry.id, code: 'D1', name: 'Dryland' }).degradedAreaKm2).toBeNull();
    expect(ok('landtypes.save', { code: 'W1', name: 'Wetland', degradedAreaKm2: 40 }).degradedAreaKm2).toBe(40);
    expect(ok('workspace.history', { entityId: dry.id }).entries[0]!.operation).toBe('update');
  });

  it('refuses a degraded area larger than the land type, or negative, at the field', () => {
    const { fails } = withWorkspace();
    expect(fails('landtypes.save', { code: 'D1', name: 'Dryland', areaKm2: 1_000, degradedAreaKm2: 1_000.5 }).details?.fields).toEqual([
      { path: ['degradedAreaKm2'], messageKey: 'errors:landtypes.degradedExceedsArea' },
    ]);
    expect(fails('landtypes.save', { code: 'D1', name: 'Dryland', degradedAreaKm2: -1 }).details?.fields?.map((f) => f.path)).toEqual([['degradedAreaKm2']]);
  });
});
