import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../../shared/contract';
import { useTempBackend } from '../test-support';
import { BOW_TIE, mapsWorkspace, polygon, rectangle } from './test-fixture';

const tempBackend = useTempBackend();

describe('maps geometry commands', () => {
  it('stores a drawn polygon with its geodesic area and bounding box, and gives it back', () => {
    const { ok, landTypeId } = mapsWorkspace(tempBackend);
    const saved = ok('maps.setGeometry', { ownerEntity: 'landtype', ownerId: landTypeId, geometry: polygon(rectangle(0, 0, 1, 1)) });
    // The 1° cell north of the equator: 12,308 km² on WGS 84 (see shared/maps/area.test.ts for the hand computation).
    expect(saved).toMatchObject({ ownerEntity: 'landtype', ownerId: landTypeId, bbox: [0, 0, 1, 1], source: 'drawn', sourceFile: null });
    expect(saved.areaKm2).toBeCloseTo(12_308.5, 0);
    expect(ok('maps.getGeometry', { ownerEntity: 'landtype', ownerId: landTypeId }).geometry).toEqual(saved);
  });

  it('refuses a self-intersecting bow-tie at the geometry field and writes nothing', () => {
    const { fails, landTypeId, changeLogCount } = mapsWorkspace(tempBackend);
    const before = changeLogCount();
    expect(fails('maps.setGeometry', { ownerEntity: 'landtype', ownerId: landTypeId, geometry: BOW_TIE })).toEqual({
      code: 'validation',
      messageKey: 'errors:maps.problem.selfIntersecting',
      details: { fields: [{ path: ['geometry'], messageKey: 'errors:maps.problem.selfIntersecting' }] },
    });
    expect(fails('maps.setGeometry', { ownerEntity: 'landtype', ownerId: landTypeId, geometry: polygon(rectangle(300_000, 9_800_000, 310_000, 9_810_000)) }).messageKey).toBe(
      'errors:maps.problem.wrongCrs',
    );
    expect(changeLogCount()).toBe(before);
  });

  it('refuses a geometry for a record that does not exist or is deleted', () => {
    const { ok, fails, landTypeId } = mapsWorkspace(tempBackend);
    ok('landtypes.delete', { id: landTypeId });
    const error = fails('maps.setGeometry', { ownerEntity: 'landtype', ownerId: landTypeId, geometry: polygon(rectangle(36, -1, 37, 0)) });
    expect(error).toMatchObject({ code: 'not_found', details: { fields: [{ path: ['ownerId'], messageKey: 'errors:maps.ownerNotFound' }] } });
  });

  it('replaces a geometry in place, and removing then restoring it is an undo', () => {
    const { ok, landTypeId } = mapsWorkspace(tempBackend);
    const owner = { ownerEntity: 'landtype', ownerId: landTypeId } as const;
    const first = ok('maps.setGeometry', { ...owner, geometry: polygon(rectangle(36, -1, 37, 0)) });
    const second = ok('maps.setGeometry', { ...owner, geometry: polygon(rectangle(36, -1, 36.5, 0)) });
    expect(second.id).toBe(first.id);
    expect(second.areaKm2).toBeCloseTo(first.areaKm2 / 2, 1);

    expect(ok('maps.removeGeometry', owner)).toEqual({ id: first.id });
    expect(ok('maps.getGeometry', owner).geometry).toBeNull();
    expect(ok('maps.layers', { detail: 'full' }).items).toEqual([]);
    expect(ok('maps.restoreGeometry', { id: first.id }).geometry).toEqual(second.geometry);
    // Drawing again after a removal revives the same row (one geometry per record).
    ok('maps.removeGeometry', owner);
    expect(ok('maps.setGeometry', { ...owner, geometry: polygon(rectangle(36, -1, 37, 0)) }).id).toBe(first.id);
  });

  it('checks other geometries against the area of interest once the workspace has one', () => {
    const { ok, fails, workspaceId, landTypeId } = mapsWorkspace(tempBackend);
    ok('maps.setGeometry', { ownerEntity: 'workspace', ownerId: workspaceId, geometry: polygon(rectangle(33.9, -4.7, 41.9, 5.0)) });
    const outside = fails('maps.setGeometry', { ownerEntity: 'landtype', ownerId: landTypeId, geometry: polygon(rectangle(2, 48, 3, 49)) });
    expect(outside.details?.fields).toEqual([{ path: ['geometry'], messageKey: 'errors:maps.problem.outsideArea' }]);
    ok('maps.setGeometry', { ownerEntity: 'landtype', ownerId: landTypeId, geometry: polygon(rectangle(36, -1, 37, 0)) });

    const layers = ok('maps.layers', { detail: 'simplified' });
    expect(layers.areaOfInterest?.ownerId).toBe(workspaceId);
    expect(layers.items).toEqual([expect.objectContaining({ ownerEntity: 'landtype', ownerId: landTypeId, label: 'G1 Grassland, semi-arid' })]);
    expect(ok('maps.layers', { owners: ['target'], detail: 'full' }).items).toEqual([]);
  });

  it("gives each plan zone on the map its plan, where the zone's page is", () => {
    const { ok, landTypeId } = mapsWorkspace(tempBackend);
    const plan = ok('plans.save', { name: 'Lakeside county spatial plan', level: 'subnational', status: 'adopted', periodStart: 2025, periodEnd: 2035 });
    const zone = ok('plans.saveZone', { planId: plan.id, name: 'Industrial park', zoningClass: 'urban_development', landTypeId });
    ok('maps.setGeometry', { ownerEntity: 'plan_zone', ownerId: zone.id, geometry: polygon(rectangle(36, -1, 37, 0)) });
    ok('maps.setGeometry', { ownerEntity: 'landtype', ownerId: landTypeId, geometry: polygon(rectangle(36, -1, 37, 0)) });
    const items = ok('maps.layers', { detail: 'simplified' }).items.map(({ ownerEntity, label, planId }) => ({ ownerEntity, label, planId }));
    expect(items).toEqual(
      expect.arrayContaining([
        { ownerEntity: 'plan_zone', label: 'Industrial park', planId: plan.id },
        { ownerEntity: 'landtype', label: 'G1 Grassland, semi-arid', planId: null },
      ]),
    );
    expect(items).toHaveLength(2);
  });

  it('sums mapped areas per land type and intersects target areas with land types', () => {
    const { ok, landTypeId } = mapsWorkspace(tempBackend);
    const target = ok('targets.save', targetInput());
    ok('maps.setGeometry', { ownerEntity: 'landtype', ownerId: landTypeId, geometry: polygon(rectangle(36, -1, 37, 0)) });
    ok('maps.setGeometry', { ownerEntity: 'target', ownerId: target.id, geometry: polygon(rectangle(36.5, -1, 37.5, 0)) });
    const summary = ok('maps.summary', {});
    const landType = ok('maps.getGeometry', { ownerEntity: 'landtype', ownerId: landTypeId }).geometry;
    expect(summary.byLandType).toEqual([{ landTypeId, mappedKm2: landType?.areaKm2, planZonesKm2: 0 }]);
    expect(summary.targetLandTypeOverlaps).toHaveLength(1);
    // Half of the land type's cell lies under the target.
    expect(summary.targetLandTypeOverlaps[0]?.overlapKm2).toBeCloseTo((landType?.areaKm2 ?? 0) / 2, 0);
  });
});

function targetInput(): CommandInput<'targets.save'> {
  return {
    text: 'Achieve LDN by 2030 compared to the 2015 baseline',
    level: 'national',
    pattern: 'achieve_ldn',
    ambition: 'no_net_loss',
    hierarchyTypes: ['avoid', 'reduce', 'reverse'],
    indicators: ['sdg_15_3_1'],
    baselineYear: 2015,
    targetYear: 2030,
  };
}
