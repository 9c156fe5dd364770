import { describe, expect, it } from 'vitest';
import { useTempBackend } from '../test-support';
import { forestWorksheet } from '../worksheets/test-fixture';

const tempBackend = useTempBackend();

/** The forest worksheet (F1: 35,000 km², 5,000 of them degraded) and a way to save F1 with another degraded area. */
function forestWithMeasures() {
  const fixture = forestWorksheet(tempBackend);
  const { id, code, name, areaKm2 } = fixture.forest;
  const withDegraded = (degradedAreaKm2?: number) => ({ id, code, name, areaKm2: areaKm2!, ...(degradedAreaKm2 === undefined ? {} : { degradedAreaKm2 }) });
  const reverse = (areaKm2: number, scenarioId = fixture.bau.id) => fixture.ok('worksheets.saveMeasure', { ...fixture.measure, scenarioId, areaKm2 });
  /** The land types and the history's length, to show that a refusal wrote nothing. */
  const snapshot = () => ({ landTypes: fixture.ok('landtypes.list', {}), history: fixture.ok('workspace.history', {}).entries.length });
  return { ...fixture, withDegraded, reverse, snapshot };
}

const refusal = (messageKey: string, params: Record<string, string | number>) => ({
  code: 'validation',
  messageKey,
  details: { fields: [{ path: ['degradedAreaKm2'], messageKey, params }] },
});

describe('the degraded area of a land type and the reverse measures planned on it', () => {
  it('cannot go below the busiest scenario’s reverse measures, and names that scenario with both figures', () => {
    const { ok, fails, withDegraded, reverse, snapshot, measure } = forestWithMeasures();
    // Business as usual: 1,200 + 800.5 = 2,000.5 km² of reverse measures; its reduce measure and a deleted one do not count.
    reverse(1_200);
    reverse(800.5);
    ok('worksheets.saveMeasure', { ...measure, level: 'reduce', areaKm2: 4_000 });
    ok('worksheets.deleteMeasure', { id: reverse(900).id });
    // Restoration push: 2,500 + 1,000.25 = 3,500.25 km², the most of any scenario.
    const push = ok('worksheets.saveScenario', { name: 'Restoration push' });
    reverse(2_500, push.id);
    reverse(1_000.25, push.id);

    const before = snapshot();
    expect(fails('landtypes.save', withDegraded(3_500))).toEqual(
      refusal('errors:landtypes.degradedBelowReverse', { scenario: 'Restoration push', total: 3_500.25, degraded: 3_500 }),
    );
    expect(snapshot()).toEqual(before);
    expect(ok('landtypes.save', withDegraded(3_500.25)).degradedAreaKm2).toBe(3_500.25);

    // Without Restoration push, business as usual decides: 2,000.5 fits, 2,000 does not.
    ok('worksheets.deleteScenario', { id: push.id });
    expect(ok('landtypes.save', withDegraded(2_000.5)).degradedAreaKm2).toBe(2_000.5);
    expect(fails('landtypes.save', withDegraded(2_000))).toEqual(
      refusal('errors:landtypes.degradedBelowReverseInBusinessAsUsual', { total: 2_000.5, degraded: 2_000 }),
    );
  });

  it('cannot be cleared while a scenario plans reverse measures on the land type, and can once they are gone', () => {
    const { ok, fails, withDegraded, reverse, snapshot, measure } = forestWithMeasures();
    const bauMeasure = reverse(80);
    const before = snapshot();
    expect(fails('landtypes.save', withDegraded())).toEqual(refusal('errors:landtypes.degradedNeededByReverseInBusinessAsUsual', { total: 80 }));
    expect(snapshot()).toEqual(before);

    // 60 + 60.5 = 120.5 km² in Restoration push is more than business as usual's 80 km².
    const push = ok('worksheets.saveScenario', { name: 'Restoration push' });
    const pushMeasures = [reverse(60, push.id), reverse(60.5, push.id)];
    expect(fails('landtypes.save', withDegraded())).toEqual(refusal('errors:landtypes.degradedNeededByReverse', { scenario: 'Restoration push', total: 120.5 }));

    for (const { id } of [bauMeasure, ...pushMeasures]) ok('worksheets.deleteMeasure', { id });
    // Avoid and reduce measures work on land that is not degraded: they do not hold the degraded area.
    ok('worksheets.saveMeasure', { ...measure, level: 'avoid', areaKm2: 300 });
    expect(ok('landtypes.save', withDegraded()).degradedAreaKm2).toBeNull();
  });
});
