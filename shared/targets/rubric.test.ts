import { describe, expect, it } from 'vitest';
import { assessTarget, summariseRubrics, type RubricSubject } from './rubric';
import type { RubricCriterion } from './schema';

const FOREST = 'lt-forest';
const CROPLAND = 'lt-cropland';

/** "Restore 882.86 km² of converted forest in the Western Region by 2030 (2015 baseline: 0 km²)", fully documented. */
const complete: RubricSubject = {
  level: 'subnational',
  ambition: 'net_gain',
  hierarchyTypes: ['reverse'],
  actionVerb: 'reforest',
  indicators: ['land_cover'],
  landCoverClasses: [1],
  landTypeIds: [FOREST],
  targetValue: 882.86,
  targetUnit: 'km2',
  baselineValue: 0,
  baselineYear: 2015,
  startYear: 2020,
  targetYear: 2030,
  locationName: 'Western Region',
  targetAreaKm2: 882.86,
  genderNotes: 'Women hold 30 % of customary land titles; nurseries run by women’s groups.',
  gapPriorityAreas: ['land_rights_access'],
  planningInstrument: 'Western Region land-use plan 2021–2035, zone F2',
  adoptingBody: 'Regional Coordinating Council',
  endorsementStatus: 'validated_by_working_group',
  links: [{ relation: 'overlapping_area', sharedAreaKm2: 500 }],
  measures: [{ hierarchyLevel: 'reverse', expectedGainKm2: 600, landTypeId: FOREST }],
};

const resultOf = (subject: RubricSubject, criterion: RubricCriterion) => assessTarget(subject).find((r) => r.criterion === criterion)!;

describe('the target-quality rubric', () => {
  it('passes every criterion for a fully documented target, each saying it is met', () => {
    const rubric = assessTarget(complete);
    expect(rubric.map((r) => r.criterion)).toEqual([
      'specific',
      'quantitative',
      'time_bound',
      'spatially_explicit',
      'policy_coherent',
      'gender_responsive',
      'integrated_in_planning',
      'ldn_consistent',
    ]);
    for (const result of rubric) {
      expect(result.grade).toBe('pass');
      expect(result.reasons).toEqual([{ key: `targets:rubric.${result.criterion}.met`, path: null }]);
    }
  });

  it('misses every criterion for an empty draft, each pointing at the field to fill first', () => {
    const rubric = assessTarget({});
    expect(rubric.every((r) => r.grade === 'missing')).toBe(true);
    expect(rubric.map((r) => r.reasons[0])).toEqual([
      { key: 'targets:rubric.specific.noActionVerb', path: ['actionVerb'] },
      { key: 'targets:rubric.quantitative.noTargetValue', path: ['targetValue'] },
      { key: 'targets:rubric.time_bound.noTargetYear', path: ['targetYear'] },
      { key: 'targets:rubric.spatially_explicit.noLevel', path: ['level'] },
      { key: 'targets:rubric.policy_coherent.noLink', path: ['links'] },
      { key: 'targets:rubric.gender_responsive.noGenderNotes', path: ['genderNotes'] },
      { key: 'targets:rubric.integrated_in_planning.noPlanningInstrument', path: ['planningInstrument'] },
      { key: 'targets:rubric.ldn_consistent.noHierarchy', path: ['hierarchyTypes'] },
    ]);
  });

  it('is partial when some checks hold, listing only the ones that do not', () => {
    // Target value and verb given, baseline missing: 2 of 3 checks hold.
    expect(resultOf({ ...complete, baselineValue: null, baselineYear: null }, 'quantitative')).toEqual({
      criterion: 'quantitative',
      grade: 'partial',
      reasons: [{ key: 'targets:rubric.quantitative.noBaseline', path: ['baselineValue'] }],
    });
    // A baseline value without its year points at the year.
    expect(resultOf({ ...complete, baselineYear: null }, 'quantitative').reasons).toEqual([
      { key: 'targets:rubric.quantitative.noBaseline', path: ['baselineYear'] },
    ]);
  });

  it('does not count the verb "other" as specific, and finds no direction in it', () => {
    const other = { ...complete, actionVerb: 'other' as const };
    expect(resultOf(other, 'specific')).toMatchObject({ grade: 'partial', reasons: [{ key: 'targets:rubric.specific.otherActionVerb' }] });
    expect(resultOf(other, 'quantitative')).toMatchObject({ grade: 'partial', reasons: [{ key: 'targets:rubric.quantitative.noDirection' }] });
  });

  it('asks a sub-national target for its location and area, and a national one only for level and land types', () => {
    const subnational = resultOf({ ...complete, locationName: null, targetAreaKm2: null }, 'spatially_explicit');
    expect(subnational.grade).toBe('partial');
    expect(subnational.reasons.map((r) => r.path)).toEqual([['locationName'], ['targetAreaKm2']]);
    expect(resultOf({ ...complete, level: 'national', locationName: null, targetAreaKm2: null }, 'spatially_explicit').grade).toBe('pass');
  });

  it('wants an overlap statement on every commitment link; an enabling link states it has none', () => {
    const links = [
      { relation: 'same_area_same_action' as const, sharePct: 100 },
      { relation: 'contributes_to' as const },
      { relation: 'enabling_only' as const },
    ];
    expect(resultOf({ ...complete, links }, 'policy_coherent')).toEqual({
      criterion: 'policy_coherent',
      grade: 'partial',
      reasons: [{ key: 'targets:rubric.policy_coherent.linkWithoutOverlap', path: ['links', 1] }],
    });
  });

  it('needs an endorsement beyond the draft to be integrated in planning', () => {
    expect(resultOf({ ...complete, endorsementStatus: 'draft' }, 'integrated_in_planning')).toMatchObject({
      grade: 'partial',
      reasons: [{ key: 'targets:rubric.integrated_in_planning.notEndorsed', path: ['endorsementStatus'] }],
    });
  });

  it('holds a reverse target to an expected gain and its measures to its own land types', () => {
    const noGain = resultOf({ ...complete, measures: [{ hierarchyLevel: 'avoid', landTypeId: FOREST }] }, 'ldn_consistent');
    expect(noGain.reasons).toEqual([{ key: 'targets:rubric.ldn_consistent.noExpectedGain', path: ['measures'] }]);
    const elsewhere = resultOf(
      { ...complete, measures: [complete.measures![0]!, { hierarchyLevel: 'reverse', expectedGainKm2: 10, landTypeId: CROPLAND }] },
      'ldn_consistent',
    );
    expect(elsewhere).toMatchObject({ grade: 'partial', reasons: [{ key: 'targets:rubric.ldn_consistent.measureOutsideLandTypes', path: ['measures', 1, 'landTypeId'] }] });
    expect(resultOf({ ...complete, ambition: 'accepted_net_loss' }, 'ldn_consistent').reasons[0]!.key).toBe('targets:rubric.ldn_consistent.netLossAccepted');
  });

  it('counts, for the working group, how many targets meet each criterion', () => {
    const summary = summariseRubrics([assessTarget(complete), assessTarget({}), assessTarget({ ...complete, startYear: null })]);
    expect(summary.targetCount).toBe(3);
    expect(summary.criteria.find((c) => c.criterion === 'time_bound')).toEqual({ criterion: 'time_bound', pass: 1, partial: 1, missing: 1 });
    expect(summary.criteria.find((c) => c.criterion === 'specific')).toEqual({ criterion: 'specific', pass: 2, partial: 0, missing: 1 });
  });
});
