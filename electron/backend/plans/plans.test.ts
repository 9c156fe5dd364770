import { describe, expect, it } from 'vitest';
import { polygon, rectangle } from '../maps/test-fixture';
import { useTempBackend } from '../test-support';
import { MISSING } from '../worksheets/test-fixture';
import { planWorkspace } from './test-fixture';

const tempBackend = useTempBackend();

describe('plans', () => {
  it('creates, edits, lists, deletes and restores a plan, each step in the history', () => {
    const w = planWorkspace(tempBackend);
    expect(w.plan).toMatchObject({ name: 'Lakeside county spatial plan', level: 'subnational', status: 'adopted', periodStart: 2025, periodEnd: 2035, instrument: null, deletedAt: null });

    const edited = w.ok('plans.save', { id: w.plan.id, name: 'Lakeside county spatial plan', level: 'subnational', status: 'in_force', instrument: ' County Act 12/2024 ', adoptingBody: 'County assembly' });
    expect(edited).toMatchObject({ status: 'in_force', instrument: 'County Act 12/2024', adoptingBody: 'County assembly', periodStart: null, periodEnd: null });
    const national = w.ok('plans.save', { name: 'A national spatial plan', level: 'national', status: 'draft' });

    expect(w.ok('plans.list', {}).items.map((p) => [p.name, p.zoneCount, p.zonesAreaKm2])).toEqual([
      ['A national spatial plan', 0, null],
      ['Lakeside county spatial plan', 1, null],
    ]);

    expect(w.ok('plans.delete', { id: w.plan.id })).toEqual({ id: w.plan.id });
    expect(w.ok('plans.list', {}).items.map((p) => p.id)).toEqual([national.id]);
    expect(w.fails('plans.get', { id: w.plan.id })).toMatchObject({ code: 'not_found', messageKey: 'errors:plans.planNotFound' });
    expect(w.ok('plans.restore', { id: w.plan.id })).toMatchObject({ id: w.plan.id, status: 'in_force', deletedAt: null });
    expect(w.ok('plans.get', { id: w.plan.id }).zones.map((z) => z.name)).toEqual(['Industrial park']);

    expect(w.ok('workspace.history', { entityId: w.plan.id }).entries.map((e) => e.operation)).toEqual(['restore', 'delete', 'update', 'insert']);
  });

  it("lists each plan's zoned area: the mapped areas of its live zones, added up", () => {
    const w = planWorkspace(tempBackend);
    const reserve = w.ok('plans.saveZone', { planId: w.plan.id, name: 'Forest reserve', zoningClass: 'protection' });
    const quarry = w.ok('plans.saveZone', { planId: w.plan.id, name: 'Quarry', zoningClass: 'mining' });
    w.ok('plans.save', { name: 'A national spatial plan', level: 'national', status: 'draft' });
    const draw = (zoneId: string, lon: number) => w.ok('maps.setGeometry', { ownerEntity: 'plan_zone', ownerId: zoneId, geometry: polygon(rectangle(lon, 0, lon + 1, 1)) });
    draw(w.zone.id, 0);
    draw(reserve.id, 1);
    draw(quarry.id, 2);
    w.ok('plans.deleteZone', { id: quarry.id });
    const zoned = () => w.ok('plans.list', {}).items.map((p) => [p.name, p.zonesAreaKm2]);

    // By hand (shared/maps/area.test.ts): a 1° cell north of the equator is 12,308.3 km², whatever its
    // longitude; two live zones of one cell each make 24,616.6 km², the deleted quarry does not count.
    expect(zoned()).toEqual([
      ['A national spatial plan', null],
      ['Lakeside county spatial plan', expect.closeTo(24_616.6, 0)],
    ]);
    w.ok('maps.removeGeometry', { ownerEntity: 'plan_zone', ownerId: reserve.id });
    expect(zoned()[1]).toEqual(['Lakeside county spatial plan', expect.closeTo(12_308.3, 0)]);
  });

  it('refuses a period that ends before it starts, or years out of range, at their fields, writing nothing', () => {
    const w = planWorkspace(tempBackend);
    const before = w.snapshot();
    const base = { id: w.plan.id, name: 'Lakeside county spatial plan', level: 'subnational', status: 'adopted' } as const;
    expect(w.fails('plans.save', { ...base, periodStart: 2030, periodEnd: 2029 }).details?.fields).toEqual([
      { path: ['periodEnd'], messageKey: 'errors:plans.periodEndBeforeStart' },
    ]);
    expect(w.fails('plans.save', { ...base, periodStart: 1899, periodEnd: 2101 }).details?.fields?.map((f) => [f.path[0], f.messageKey])).toEqual([
      ['periodStart', 'errors:plans.periodYearOutOfRange'],
      ['periodEnd', 'errors:plans.periodYearOutOfRange'],
    ]);
    expect(w.fails('plans.save', { ...base, name: '  ' }).details?.fields?.[0]).toMatchObject({ path: ['name'], messageKey: 'errors:field.required' });
    expect(w.fails('plans.save', { ...base, status: 'repealed' }).details?.fields?.[0]?.path).toEqual(['status']);
    expect(w.fails('plans.save', { ...base, id: MISSING }).code).toBe('not_found');
    expect(w.snapshot()).toEqual(before);
  });
});

describe('zones', () => {
  it('saves, edits, deletes and restores a zone of a plan', () => {
    const w = planWorkspace(tempBackend);
    expect(w.zone).toMatchObject({ planId: w.plan.id, name: 'Industrial park', zoningClass: 'urban_development', landTypeId: w.forest.id, notes: null, areaKm2: null, conversions: [] });

    const reserve = w.ok('plans.saveZone', { planId: w.plan.id, name: 'Forest reserve', zoningClass: 'protection' });
    expect(reserve.landTypeId).toBeNull();
    const moved = w.ok('plans.saveZone', { id: w.zone.id, planId: w.plan.id, name: 'Industrial park', zoningClass: 'infrastructure', landTypeId: w.grass.id, notes: 'Phase 1' });
    expect(moved).toMatchObject({ zoningClass: 'infrastructure', landTypeId: w.grass.id, notes: 'Phase 1' });
    expect(w.ok('plans.get', { id: w.plan.id }).zones.map((z) => z.name)).toEqual(['Forest reserve', 'Industrial park']);

    w.ok('plans.deleteZone', { id: reserve.id });
    expect(w.ok('plans.list', {}).items[0]!.zoneCount).toBe(1);
    expect(w.ok('plans.restoreZone', { id: reserve.id })).toMatchObject({ id: reserve.id, name: 'Forest reserve' });
    expect(w.ok('plans.list', {}).items[0]!.zoneCount).toBe(2);
  });

  it('refuses an unknown land type, a deleted plan, and a restore while the plan is deleted, writing nothing', () => {
    const w = planWorkspace(tempBackend);
    const zone = { planId: w.plan.id, name: 'Quarry', zoningClass: 'mining' } as const;
    const before = w.snapshot();
    expect(w.fails('plans.saveZone', { ...zone, landTypeId: MISSING }).details?.fields).toEqual([{ path: ['landTypeId'], messageKey: 'errors:plans.unknownLandType' }]);
    expect(w.fails('plans.saveZone', { ...zone, zoningClass: 'casino' }).details?.fields?.[0]?.path).toEqual(['zoningClass']);
    expect(w.fails('plans.saveZone', { ...zone, planId: MISSING }).details?.fields).toEqual([{ path: ['planId'], messageKey: 'errors:plans.planNotFound' }]);
    w.ok('landtypes.delete', { id: w.grass.id });
    const withDeletedGrass = w.snapshot();
    expect(w.fails('plans.saveZone', { ...zone, landTypeId: w.grass.id }).details?.fields?.[0]?.messageKey).toBe('errors:plans.unknownLandType');
    expect(w.snapshot()).toEqual(withDeletedGrass);
    expect(before.plan).toEqual(withDeletedGrass.plan);

    w.ok('plans.deleteZone', { id: w.zone.id });
    w.ok('plans.delete', { id: w.plan.id });
    expect(w.fails('plans.restoreZone', { id: w.zone.id }).details?.fields).toEqual([{ path: ['planId'], messageKey: 'errors:plans.planNotFound' }]);
    expect(w.fails('plans.saveZone', zone).details?.fields?.[0]?.path).toEqual(['planId']);
  });
});
