import { describe, expect, it } from 'vitest';
import { useTempBackend } from '../test-support';
import { SQUARE, validationWorkspace } from './validate-test-fixture';

const tempBackend = useTempBackend();
const LATER = '2030-01-01T00:00:00.000Z';

describe('rule: national targets have no area; sub-national SO1 targets are located (§1.7)', () => {
  it('accepts a national target without area and a sub-national one with a geometry', () => {
    const w = validationWorkspace(tempBackend);
    w.target();
    const sub = w.target({ text: 'Restore 50 km² in Turkana', level: 'subnational', targetAreaKm2: 50 });
    w.ok('maps.setGeometry', { ownerEntity: 'target', ownerId: sub.id, geometry: { type: 'Polygon', coordinates: [SQUARE] } });
    expect(w.validate()).toMatchObject({ errors: [], warnings: [] });
  });

  it('flags a sub-national target with no place at all as an error, and one with only a place name as a warning', () => {
    const w = validationWorkspace(tempBackend);
    const nowhere = w.target({ text: 'Restore 50 km² somewhere', level: 'subnational' });
    w.target({ text: 'Restore the Mau forest', level: 'subnational', locationName: 'Mau forest' });
    // SO2–SO4 targets are not spatial: a sub-national SO3 target without a place is fine.
    w.target({ text: 'Drought plans in every county', level: 'subnational', strategicObjective: 'SO3' });
    const { errors, warnings } = w.validate();
    expect(errors).toEqual([
      {
        rule: 'subnationalTargetNotLocated',
        severity: 'error',
        messageKey: 'reporting:issue.subnationalTargetNotLocated',
        params: { target: 'Restore 50 km² somewhere' },
        location: { section: 'targets', route: `/targets/${nowhere.id}/edit`, entity: 'target', id: nowhere.id, field: 'locationName' },
      },
    ]);
    expect(warnings.map((i) => [i.rule, i.params])).toEqual([['subnationalTargetWithoutGeometry', { target: 'Restore the Mau forest' }]]);
  });

  it('flags a national target that carries a geometry or (written outside the app) an area', () => {
    const w = validationWorkspace(tempBackend);
    const national = w.target();
    w.ok('maps.setGeometry', { ownerEntity: 'target', ownerId: national.id, geometry: { type: 'Polygon', coordinates: [SQUARE] } });
    w.editOutsideApp('UPDATE target SET target_area_km2 = 12 WHERE id = ?', national.id);
    expect(w.validate().errors.map((i) => [i.rule, i.location.route])).toEqual([
      ['nationalTargetHasArea', `/targets/${national.id}/edit`],
      ['nationalTargetHasGeometry', `/targets/${national.id}`],
    ]);
  });
});

describe('rule: target status from the code list (§1.7)', () => {
  it('accepts each PRAIS status', () => {
    const w = validationWorkspace(tempBackend);
    for (const status of ['ongoing', 'achieved', 'partially_achieved', 'not_achieved', 'extended_or_postponed'] as const) w.target({ status });
    expect(w.validate()).toMatchObject({ errors: [], warnings: [] });
  });

  it('warns about the app-only "not started" and refuses a status outside the list', () => {
    const w = validationWorkspace(tempBackend);
    w.target({ status: 'not_started' });
    const odd = w.target({ text: 'Halt conversion of wetlands' });
    w.editOutsideApp("UPDATE target SET status = 'cancelled' WHERE id = ?", odd.id);
    const { errors, warnings } = w.validate();
    expect(warnings.map((i) => i.rule)).toEqual(['targetStatusNotInPrais']);
    expect(errors).toEqual([
      {
        rule: 'targetStatusUnknown',
        severity: 'error',
        messageKey: 'reporting:issue.targetStatusUnknown',
        params: { target: 'Halt conversion of wetlands', status: 'cancelled' },
        location: { section: 'targets', route: `/targets/${odd.id}/edit`, entity: 'target', id: odd.id, field: 'status' },
      },
    ]);
  });
});

describe('rule: revision notes on edited pre-filled targets and actions (§1.7)', () => {
  it('accepts a pre-filled target left as it was and one revised with a note', () => {
    const w = validationWorkspace(tempBackend);
    w.target({ text: 'Achieve LDN by 2030 (PRAIS 4)', provenance: 'prais4_2022' });
    const revised = w.target({ text: 'Increase forest cover by 20 %', provenance: 'ldn_tsp' });
    w.target({ id: revised.id, text: 'Increase forest cover by 15 %', revisionNote: '5 % already achieved by 2023' });
    expect(w.issues('targetRevisionNoteMissing')).toEqual([]);
  });

  it('flags a pre-filled target and action edited without a note (outside the app)', () => {
    const w = validationWorkspace(tempBackend);
    const target = w.target({ text: 'Increase forest cover by 20 %', provenance: 'ldn_tsp' });
    const action = w.ok('targets.saveAction', { description: 'Mau forest restoration', startDate: '2021-03-01', fundingSource: 'domestic_public', provenance: 'prais4_2022', targetIds: [] });
    w.editOutsideApp("UPDATE target SET text = 'Increase forest cover by 25 %', updated_at = ? WHERE id = ?", LATER, target.id);
    w.editOutsideApp('UPDATE implemented_action SET area_km2 = 40, updated_at = ? WHERE id = ?', LATER, action.id);
    expect(w.validate().errors.map((i) => [i.rule, i.location.route, i.location.id])).toEqual([
      ['targetRevisionNoteMissing', `/targets/${target.id}/edit`, target.id],
      ['actionRevisionNoteMissing', '/targets/actions', action.id],
    ]);
  });
});

describe('rule: valid geometry (§1.9, §8 spatial/)', () => {
  it('accepts a drawn polygon, and ignores the shape of a deleted target', () => {
    const w = validationWorkspace(tempBackend);
    const sub = w.target({ text: 'Restore 1 km² near Nairobi', level: 'subnational', targetAreaKm2: 1 });
    const gone = w.target({ text: 'Restore 1 km² near Thika', level: 'subnational', targetAreaKm2: 1 });
    for (const t of [sub, gone]) w.ok('maps.setGeometry', { ownerEntity: 'target', ownerId: t.id, geometry: { type: 'Polygon', coordinates: [SQUARE] } });
    w.editOutsideApp("UPDATE feature_geometry SET geojson = '{\"type\":\"Circle\"}' WHERE owner_id = ?", gone.id);
    w.ok('targets.delete', { id: gone.id });
    expect(w.issues('invalidGeometry')).toEqual([]);
  });

  it('flags a shape whose ring was left open, and one that is not GeoJSON, linking to the owner', () => {
    const w = validationWorkspace(tempBackend);
    const a = w.target({ text: 'Restore 1 km² near Nairobi', level: 'subnational', targetAreaKm2: 1 });
    const b = w.target({ text: 'Restore 1 km² near Thika', level: 'subnational', targetAreaKm2: 1 });
    for (const t of [a, b]) w.ok('maps.setGeometry', { ownerEntity: 'target', ownerId: t.id, geometry: { type: 'Polygon', coordinates: [SQUARE] } });
    w.editOutsideApp("UPDATE feature_geometry SET geojson = ? WHERE owner_id = ?", JSON.stringify({ type: 'Polygon', coordinates: [SQUARE.slice(0, 4)] }), a.id);
    w.editOutsideApp("UPDATE feature_geometry SET geojson = '{\"type\":\"Circle\"}' WHERE owner_id = ?", b.id);
    expect(w.issues('invalidGeometry').map((i) => [i.params, i.location])).toEqual([
      [{ owner: 'target', problem: 'unclosed_ring' }, { section: 'geometry', route: `/targets/${a.id}`, entity: 'target', id: a.id, field: 'geometry' }],
      [{ owner: 'target', problem: 'empty' }, { section: 'geometry', route: `/targets/${b.id}`, entity: 'target', id: b.id, field: 'geometry' }],
    ]);
  });

  it('flags a shape left entirely outside an area of interest drawn after it', () => {
    const w = validationWorkspace(tempBackend);
    const sub = w.target({ text: 'Restore 1 km² near Nairobi', level: 'subnational', targetAreaKm2: 1 });
    w.ok('maps.setGeometry', { ownerEntity: 'target', ownerId: sub.id, geometry: { type: 'Polygon', coordinates: [SQUARE] } });
    // The area of interest is drawn later, 10° further east: the target's shape is no longer inside it.
    const east = SQUARE.map(([lon, lat]): [number, number] => [lon + 10, lat]);
    w.ok('maps.setGeometry', { ownerEntity: 'workspace', ownerId: w.ok('workspace.get', {}).id, geometry: { type: 'Polygon', coordinates: [east] } });
    expect(w.issues('invalidGeometry').map((i) => [i.params, i.location.route])).toEqual([[{ owner: 'target', problem: 'outside_area' }, `/targets/${sub.id}`]]);
  });

  it('checks a shape again once it or the area of interest changes, between two runs of the checklist', () => {
    const w = validationWorkspace(tempBackend);
    const workspaceId = w.ok('workspace.get', {}).id;
    const sub = w.target({ text: 'Restore 1 km² near Nairobi', level: 'subnational', targetAreaKm2: 1 });
    w.ok('maps.setGeometry', { ownerEntity: 'workspace', ownerId: workspaceId, geometry: { type: 'Polygon', coordinates: [SQUARE] } });
    w.ok('maps.setGeometry', { ownerEntity: 'target', ownerId: sub.id, geometry: { type: 'Polygon', coordinates: [SQUARE] } });
    expect(w.issues('invalidGeometry')).toEqual([]);
    const east = SQUARE.map(([lon, lat]): [number, number] => [lon + 10, lat]);
    w.ok('maps.setGeometry', { ownerEntity: 'workspace', ownerId: workspaceId, geometry: { type: 'Polygon', coordinates: [east] } });
    expect(w.issues('invalidGeometry').map((i) => i.params)).toEqual([{ owner: 'target', problem: 'outside_area' }]);
    w.ok('maps.setGeometry', { ownerEntity: 'target', ownerId: sub.id, geometry: { type: 'Polygon', coordinates: [east] } });
    expect(w.issues('invalidGeometry')).toEqual([]);
  });
});
