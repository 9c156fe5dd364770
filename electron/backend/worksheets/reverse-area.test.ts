import { describe, expect, it } from 'vitest';
import { useTempBackend } from '../test-support';
import { forestWorksheet } from './test-fixture';

const tempBackend = useTempBackend();

/** The forest worksheet plus D1, a land type of 1,000 km² of which 100 km² are recorded as degraded. */
function degradedWorksheet() {
  const fixture = forestWorksheet(tempBackend);
  const dry = fixture.ok('landtypes.save', { code: 'D1', name: 'Dryland, degraded in part', areaKm2: 1_000, degradedAreaKm2: 100 });
  const reverse = (areaKm2: number, scenarioId = fixture.bau.id) => ({ ...fixture.measure, scenarioId, landTypeId: dry.id, areaKm2 });
  /** Everything the worksheet holds, to show that a refusal wrote nothing. */
  const snapshot = () => ({
    worksheet: fixture.ok('worksheets.get', { scenarioId: fixture.bau.id }),
    history: fixture.ok('workspace.history', {}).entries.length,
  });
  return { ...fixture, dry, reverse, snapshot };
}

const exceeds = (total: number, degraded: number) => [
  { path: ['areaKm2'], messageKey: 'errors:worksheets.reverseExceedsDegraded', params: { code: 'D1', total, degraded } },
];

describe('reverse measures and the degraded area of their land type', () => {
  it('refuses a reverse measure on a land type without degraded area, at the level, and saves nothing', () => {
    const { ok, fails, measure, snapshot } = degradedWorksheet();
    const grass = ok('landtypes.save', { code: 'G1', name: 'Grassland', areaKm2: 2_000 });
    const before = snapshot();
    const error = fails('worksheets.saveMeasure', { ...measure, landTypeId: grass.id, targetIds: [] });
    expect(error).toEqual({
      code: 'validation',
      messageKey: 'errors:worksheets.reverseNeedsDegradedArea',
      details: { fields: [{ path: ['level'], messageKey: 'errors:worksheets.reverseNeedsDegradedArea', params: { code: 'G1' } }], code: 'G1' },
    });
    expect(snapshot()).toEqual(before);
    // Avoiding and reducing work on land that is not degraded: they need no degraded area.
    expect(ok('worksheets.saveMeasure', { ...measure, landTypeId: grass.id, level: 'avoid' }).level).toBe('avoid');
  });

  it('keeps the sum of a scenario’s reverse measures on a land type within its degraded area', () => {
    const { ok, fails, reverse, snapshot } = degradedWorksheet();
    const sixty = ok('worksheets.saveMeasure', reverse(60));
    const before = snapshot();
    // 60 + 45 = 105 > 100.
    expect(fails('worksheets.saveMeasure', reverse(45)).details?.fields).toEqual(exceeds(105, 100));
    expect(snapshot()).toEqual(before);
    // 60 + 40 = 100: exactly the degraded area fits.
    ok('worksheets.saveMeasure', reverse(40));
    // Editing counts the measure once, with its new area: 61 + 40 = 101.
    expect(fails('worksheets.saveMeasure', { ...reverse(61), id: sixty.id }).details?.fields).toEqual(exceeds(101, 100));
    expect(ok('worksheets.saveMeasure', { ...reverse(55), id: sixty.id }).areaKm2).toBe(55);
  });

  it('counts each scenario on its own, and leaves avoid and reduce measures out of the sum', () => {
    const { ok, reverse } = degradedWorksheet();
    ok('worksheets.saveMeasure', reverse(100));
    ok('worksheets.saveMeasure', { ...reverse(500), level: 'reduce' });
    const other = ok('worksheets.saveScenario', { name: 'Restoration push' });
    expect(ok('worksheets.saveMeasure', reverse(100, other.id)).areaKm2).toBe(100);
  });

  it('adds decimal areas without a rounding error: 0.1 + 0.2 fits in 0.3', () => {
    const { ok, fails, bau, measure } = degradedWorksheet();
    const wetland = ok('landtypes.save', { code: 'W1', name: 'Wetland', degradedAreaKm2: 0.3 });
    const onWetland = (areaKm2: number) => ({ ...measure, scenarioId: bau.id, landTypeId: wetland.id, areaKm2 });
    ok('worksheets.saveMeasure', onWetland(0.1));
    ok('worksheets.saveMeasure', onWetland(0.2));
    expect(fails('worksheets.saveMeasure', onWetland(0.01)).details?.fields?.[0]?.params).toEqual({ code: 'W1', total: 0.31, degraded: 0.3 });
  });

  it('leaves a deleted measure out of the sum, and refuses its undo when the room was taken meanwhile', () => {
    const { ok, fails, reverse } = degradedWorksheet();
    ok('worksheets.saveMeasure', reverse(60));
    const forty = ok('worksheets.saveMeasure', reverse(40));
    ok('worksheets.deleteMeasure', { id: forty.id });
    ok('worksheets.saveMeasure', reverse(35));
    // 60 + 35 + 40 = 135 > 100; the Undo's message is shown above the page, so its numbers come with it.
    const refused = fails('worksheets.restoreMeasure', { id: forty.id });
    expect(refused.details).toEqual({ fields: exceeds(135, 100), code: 'D1', total: 135, degraded: 100 });
  });

  it('refuses a reverse measure once the degraded area is cleared from the land type', () => {
    const { ok, fails, dry, reverse } = degradedWorksheet();
    ok('landtypes.save', { id: dry.id, code: 'D1', name: dry.name, areaKm2: 1_000 });
    expect(fails('worksheets.saveMeasure', reverse(10)).messageKey).toBe('errors:worksheets.reverseNeedsDegradedArea');
  });
});
