import { describe, expect, it } from 'vitest';
import { isRestorationTarget, restorationAreaKm2, rollupRestoration, type RollupLink, type RollupTarget } from './rollup';

const target = (id: string, fields: Partial<RollupTarget> = {}): RollupTarget => ({
  id,
  parentTargetId: null,
  pattern: 'restore_area',
  actionVerb: 'restore',
  targetValue: null,
  targetUnit: null,
  targetAreaKm2: null,
  ...fields,
});
let linkCount = 0;
const link = (targetId: string, fields: Partial<RollupLink>): RollupLink => ({
  id: `link-${++linkCount}`,
  targetId,
  framework: 'unfccc_ndc',
  commitmentRef: 'NDC 2021',
  relation: 'overlapping_area',
  sharedAreaKm2: null,
  sharePct: null,
  accountingOwner: false,
  ...fields,
});

describe('which targets restore, and how much', () => {
  it('takes restoration targets by pattern or by a restoring verb', () => {
    expect(isRestorationTarget({ pattern: null, actionVerb: 'reforest' })).toBe(true);
    expect(isRestorationTarget({ pattern: 'restore_area', actionVerb: null })).toBe(true);
    expect(isRestorationTarget({ pattern: 'halt_conversion', actionVerb: 'halt' })).toBe(false);
  });

  it('reads the area from an area value, a share of the target area, or the target area', () => {
    expect(restorationAreaKm2(target('a', { targetValue: 9000, targetUnit: 'ha' }))).toBe(90);
    // Restore 10 % of 262.77 km² of wetlands → 26.277 km²
    expect(restorationAreaKm2(target('b', { targetValue: 10, targetUnit: 'pct_area', targetAreaKm2: 262.77 }))).toBeCloseTo(26.277, 9);
    expect(restorationAreaKm2(target('c', { targetValue: 20, targetUnit: 'pct_change', targetAreaKm2: 50 }))).toBe(50);
    expect(restorationAreaKm2(target('d', { targetValue: 20, targetUnit: 'pct_change' }))).toBeNull();
  });
});

describe('the national restoration roll-up', () => {
  it('counts a target once however many commitments overlap it, and lists each double count avoided', () => {
    // Target A restores 1,000 km². The NDC overlaps 600 km² of it, the Bonn pledge 50 % (= 500 km²) with the
    // same action, GBF Target 2 is an enabling link. Adding everything would give 1,000 + 600 + 500 = 2,100 km².
    const ndc = link('A', { sharedAreaKm2: 600 });
    const bonn = link('A', { framework: 'bonn_challenge', commitmentRef: 'Bonn pledge 2018', relation: 'same_area_same_action', sharePct: 50 });
    const gbf = link('A', { framework: 'gbf', commitmentRef: 'NBSAP T2', relation: 'enabling_only' });
    const result = rollupRestoration([target('A', { targetValue: 1000, targetUnit: 'km2', targetAreaKm2: 1000 })], [ndc, bonn, gbf]);

    expect(result.totalHa).toBe(100_000);
    expect(result.grossHa).toBe(210_000);
    expect(result.avoided).toEqual([
      { kind: 'commitment_share', targetId: 'A', linkId: ndc.id, framework: 'unfccc_ndc', commitmentRef: 'NDC 2021', relation: 'overlapping_area', parentTargetId: null, hectares: 60_000 },
      { kind: 'commitment_share', targetId: 'A', linkId: bonn.id, framework: 'bonn_challenge', commitmentRef: 'Bonn pledge 2018', relation: 'same_area_same_action', parentTargetId: null, hectares: 50_000 },
    ]);
    expect(result.grossHa - result.totalHa).toBe(result.avoided.reduce((sum, a) => sum + a.hectares, 0));
    expect(result.byOwner).toEqual([{ owner: { kind: 'ldn_target' }, hectares: 100_000 }]);
  });

  it('lets owning commitments book hectares but never more than the target has', () => {
    // NDC owns its 600 km²; Bonn owns its 500 km² but only 400 km² are left unbooked. The LDN target keeps 0.
    const result = rollupRestoration(
      [target('A', { targetValue: 1000, targetUnit: 'km2', targetAreaKm2: 1000 })],
      [
        link('A', { sharedAreaKm2: 600, accountingOwner: true }),
        link('A', { framework: 'bonn_challenge', commitmentRef: 'Bonn pledge 2018', sharedAreaKm2: 500, accountingOwner: true }),
      ],
    );
    expect(result.totalHa).toBe(100_000);
    expect(result.byOwner).toEqual([
      { owner: { kind: 'ldn_target' }, hectares: 0 },
      { owner: { kind: 'commitment', framework: 'unfccc_ndc', commitmentRef: 'NDC 2021' }, hectares: 60_000 },
      { owner: { kind: 'commitment', framework: 'bonn_challenge', commitmentRef: 'Bonn pledge 2018' }, hectares: 40_000 },
    ]);
  });

  it('counts sub-targets inside their national restoration target, and their commitments too', () => {
    // National: restore 9,000 ha. Sub-targets: 3,000 ha in province P (30 km², 10 km² of it an AFR100 pledge that
    // owns them) and 50 ha in park Q. Total 9,000 ha; gross 9,000 + 3,000 + 50 + 1,000 = 13,050 ha.
    const afr = link('P', { framework: 'afr100', commitmentRef: 'AFR100 country pledge', sharedAreaKm2: 10, accountingOwner: true });
    const result = rollupRestoration(
      [
        target('N', { targetValue: 9000, targetUnit: 'ha' }),
        target('P', { parentTargetId: 'N', targetValue: 3000, targetUnit: 'ha', targetAreaKm2: 30 }),
        target('Q', { parentTargetId: 'N', targetValue: 50, targetUnit: 'ha', targetAreaKm2: 0.5 }),
      ],
      [afr],
    );
    expect(result.totalHa).toBe(9000);
    expect(result.grossHa).toBe(13_050);
    expect(result.targets).toEqual([
      { targetId: 'N', hectares: 9000, counted: true },
      { targetId: 'P', hectares: 3000, counted: false },
      { targetId: 'Q', hectares: 50, counted: false },
    ]);
    expect(result.avoided.map((a) => [a.kind, a.targetId, a.parentTargetId, a.hectares])).toEqual([
      ['sub_target', 'P', 'N', 3000],
      ['sub_target', 'Q', 'N', 50],
      ['commitment_share', 'P', null, 1000],
    ]);
    expect(result.byOwner).toEqual([
      { owner: { kind: 'ldn_target' }, hectares: 8000 },
      { owner: { kind: 'commitment', framework: 'afr100', commitmentRef: 'AFR100 country pledge' }, hectares: 1000 },
    ]);
  });

  it('counts each sub-target when the parent is not a restoration target, and leaves out other targets and areas it cannot know', () => {
    const result = rollupRestoration(
      [
        target('N', { pattern: 'achieve_ldn', actionVerb: null }),
        target('P', { parentTargetId: 'N', targetValue: 25, targetUnit: 'km2', targetAreaKm2: 25 }),
        target('Q', { parentTargetId: 'N', targetValue: 10, targetUnit: 'pct_area', targetAreaKm2: 262.77 }),
        target('R', { targetValue: 20, targetUnit: 'pct_change' }),
        target('H', { pattern: 'halt_conversion', actionVerb: 'halt', targetAreaKm2: 400 }),
      ],
      [link('H', { sharedAreaKm2: 400 }), link('P', { sharedAreaKm2: 40 })],
    );
    // 2,500 ha + 10 % of 26,277 ha = 2,627.7 ha; the 40 km² link is capped at the 25 km² of P.
    expect(result.totalHa).toBe(5127.7);
    expect(result.grossHa).toBe(7627.7);
    expect(result.withoutArea).toEqual(['R']);
    expect(result.targets.map((t) => t.targetId)).toEqual(['P', 'Q']);
  });

  it('gives zero, not a failure, when nothing restores', () => {
    expect(rollupRestoration([], [])).toEqual({
      totalHa: 0,
      grossHa: 0,
      targets: [],
      withoutArea: [],
      byOwner: [{ owner: { kind: 'ldn_target' }, hectares: 0 }],
      avoided: [],
    });
  });
});
