import { describe, expect, it } from 'vitest';
import { useTempBackend } from '../test-support';
import { targetsWorkspace } from './test-fixture';

const tempBackend = useTempBackend();
const fieldsOf = (error: { details?: { fields?: unknown } }) => error.details?.fields;

describe('commitment links, the cross-walk and the restoration roll-up', () => {
  it('links a target to an NDC and a Bonn pledge, groups the links per framework and counts the shared hectares once', () => {
    const { ok, national, restoration } = targetsWorkspace(tempBackend);
    const parent = ok('targets.save', national);
    // Two sub-targets: 120 km² and 80 km². The NDC overlaps 50 km² of the first; the Bonn pledge is the same
    // area and action as the whole second one and owns its hectares; GBF Target 2 is enabling only.
    const east = ok('targets.save', restoration(120, parent.id));
    const west = ok('targets.save', { ...restoration(80, parent.id), text: 'Reforest 80 km² in the west' });
    const ndc = ok('targets.saveLink', { targetId: east.id, framework: 'unfccc_ndc', commitmentRef: 'Kenya NDC 2020, AFOLU measure 3', relation: 'overlapping_area', sharedAreaKm2: 50 });
    const bonn = ok('targets.saveLink', {
      targetId: west.id,
      framework: 'bonn_challenge',
      commitmentRef: 'Kenya Bonn pledge (5.1 Mha)',
      relation: 'same_area_same_action',
      sharePct: 100,
      accountingOwner: true,
    });
    ok('targets.saveLink', { targetId: parent.id, framework: 'gbf', targetNumber: '2', commitmentRef: 'Kenya NBSAP 2025 T2', relation: 'enabling_only' });
    expect(bonn).toMatchObject({ accountingOwner: true, sharedAreaKm2: null, sharePct: 100 });

    const view = ok('targets.commitments', {});
    expect(view.frameworks.map((f) => [f.framework, f.links.length, f.sharedAreaKm2])).toEqual([
      ['unfccc_ndc', 1, 50],
      ['gbf', 1, 0],
      ['bonn_challenge', 1, 0],
    ]);
    expect(view.frameworks[0]!.links[0]).toEqual({ link: ndc, target: { id: east.id, text: east.text, level: 'subnational', status: 'not_started', parentTargetId: parent.id } });

    // National: 120 + 80 = 200 km² = 20,000 ha. Gross: 20,000 + 5,000 (NDC) + 8,000 (Bonn, 100 % of 80 km²).
    const rollup = ok('targets.rollup', {});
    expect(rollup.totalHa).toBe(20_000);
    expect(rollup.grossHa).toBe(33_000);
    expect(rollup.avoided.map((a) => [a.kind, a.framework, a.hectares])).toEqual([
      ['commitment_share', 'unfccc_ndc', 5000],
      ['commitment_share', 'bonn_challenge', 8000],
    ]);
    expect(rollup.byOwner).toEqual([
      { owner: { kind: 'ldn_target' }, hectares: 12_000 },
      { owner: { kind: 'commitment', framework: 'bonn_challenge', commitmentRef: 'Kenya Bonn pledge (5.1 Mha)' }, hectares: 8000 },
    ]);

    // Deleting the link takes its share out of the roll-up; undo puts it back.
    ok('targets.deleteLink', { id: ndc.id });
    expect(ok('targets.rollup', {}).grossHa).toBe(28_000);
    ok('targets.restoreLink', { id: ndc.id });
    expect(ok('targets.rollup', {}).grossHa).toBe(33_000);
    expect(ok('targets.get', { id: east.id }).rubric.find((r) => r.criterion === 'policy_coherent')?.grade).toBe('pass');
  });

  it('refuses a shared area larger than the target, an area on an enabling link and a share above 100 %', () => {
    const { ok, fails, restoration } = targetsWorkspace(tempBackend);
    const target = ok('targets.save', restoration(120));
    const link = { targetId: target.id, framework: 'afr100', commitmentRef: 'AFR100 Kenya', relation: 'overlapping_area' } as const;
    expect(fails('targets.saveLink', { ...link, sharedAreaKm2: 150 })).toMatchObject({
      details: { fields: [{ path: ['sharedAreaKm2'], messageKey: 'errors:targets.sharedAreaExceedsTarget', params: { max: 120 } }] },
    });
    expect(fieldsOf(fails('targets.saveLink', { ...link, relation: 'enabling_only', sharedAreaKm2: 10 }))).toEqual([
      { path: ['sharedAreaKm2'], messageKey: 'errors:targets.enablingHasNoArea' },
    ]);
    expect(fieldsOf(fails('targets.saveLink', { ...link, sharePct: 101 }))).toEqual([{ path: ['sharePct'], messageKey: 'errors:targets.shareAbove100' }]);
    expect(ok('targets.commitments', {}).frameworks).toEqual([]);
  });

  it('counts, for the working group, how many targets meet each criterion', () => {
    const { ok, national, restoration } = targetsWorkspace(tempBackend);
    ok('targets.save', { ...national, startYear: 2020 });
    ok('targets.save', restoration(120));
    const summary = ok('targets.rubricSummary', {});
    expect(summary.targetCount).toBe(2);
    // The national target names its start year, the restoration one does not; neither links to a commitment.
    expect(summary.criteria.find((c) => c.criterion === 'time_bound')).toEqual({ criterion: 'time_bound', pass: 1, partial: 1, missing: 0 });
    expect(summary.criteria.find((c) => c.criterion === 'policy_coherent')).toEqual({ criterion: 'policy_coherent', pass: 0, partial: 0, missing: 2 });
  });
});
