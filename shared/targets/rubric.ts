import type { ResponseLevel } from '../worksheets/schema';
import { DIRECTION_OF_VERB, type ActionVerb, type Ambition, type EndorsementStatus, type GapPriorityArea, type Indicator, type TargetLevel } from './codes';
import type { LinkRelation } from './commitments';
import { RUBRIC_CRITERIA, type CriterionResult, type Rubric, type RubricCriterion, type RubricReason, type RubricSummary } from './schema';
import type { TargetUnit } from './units';

/**
 * The target-quality rubric (domain-spec §5.4, from decision 13/COP.15 para 1): each criterion is `pass`
 * when every check that applies holds, `missing` when none does, `partial` in between. Each unmet check
 * names its reason (`targets:rubric.<criterion>.<reason>`) and the field that fixes it, so the UI can
 * jump there. Works on a saved target and on a half-filled form alike: every field may be absent.
 */
export interface RubricSubject {
  level?: TargetLevel | null;
  ambition?: Ambition | null;
  hierarchyTypes?: readonly ResponseLevel[];
  actionVerb?: ActionVerb | null;
  indicators?: readonly Indicator[];
  landCoverClasses?: readonly number[];
  landTypeIds?: readonly string[];
  targetValue?: number | null;
  targetUnit?: TargetUnit | null;
  baselineValue?: number | null;
  baselineYear?: number | null;
  startYear?: number | null;
  targetYear?: number | null;
  locationName?: string | null;
  targetAreaKm2?: number | null;
  genderNotes?: string | null;
  gapPriorityAreas?: readonly GapPriorityArea[];
  planningInstrument?: string | null;
  adoptingBody?: string | null;
  endorsementStatus?: EndorsementStatus | null;
  links?: readonly { relation: LinkRelation; sharedAreaKm2?: number | null; sharePct?: number | null; note?: string | null }[];
  measures?: readonly { hierarchyLevel: ResponseLevel; expectedGainKm2?: number | null; landTypeId?: string | null }[];
}

type Path = (string | number)[];
/** One check of a criterion: whether it holds, and if not, why and where to fix it. */
interface Check {
  ok: boolean;
  reason: string;
  path: Path;
}

const has = (value: unknown): boolean => value !== undefined && value !== null && value !== '';
const some = (values: readonly unknown[] | undefined): boolean => (values?.length ?? 0) > 0;
const check = (ok: boolean, reason: string, path: Path): Check => ({ ok, reason, path });

function grade(criterion: RubricCriterion, checks: readonly Check[]): CriterionResult {
  const unmet = checks.filter((c) => !c.ok);
  const key = (reason: string) => `targets:rubric.${criterion}.${reason}`;
  if (unmet.length === 0) return { criterion, grade: 'pass', reasons: [{ key: key('met'), path: null }] };
  const reasons: RubricReason[] = unmet.map((c) => ({ key: key(c.reason), path: c.path }));
  return { criterion, grade: unmet.length === checks.length ? 'missing' : 'partial', reasons };
}

/** Action verb from the controlled list (not "other"), the indicator addressed, and the land it is about. */
function specific(t: RubricSubject): Check[] {
  return [
    check(has(t.actionVerb) && t.actionVerb !== 'other', has(t.actionVerb) ? 'otherActionVerb' : 'noActionVerb', ['actionVerb']),
    check(some(t.indicators), 'noIndicator', ['indicators']),
    check(some(t.landCoverClasses) || some(t.landTypeIds), 'noLandScope', ['landCoverClasses']),
  ];
}

/** A target value with its unit, a baseline value with its year, and a direction (given by the verb). */
function quantitative(t: RubricSubject): Check[] {
  const direction = t.actionVerb ? DIRECTION_OF_VERB[t.actionVerb] : null;
  return [
    check(has(t.targetValue) && has(t.targetUnit), 'noTargetValue', [has(t.targetValue) ? 'targetUnit' : 'targetValue']),
    check(has(t.baselineValue) && has(t.baselineYear), 'noBaseline', [has(t.baselineValue) ? 'baselineYear' : 'baselineValue']),
    check(direction !== null, 'noDirection', ['actionVerb']),
  ];
}

/** The target year and the start year; milestones are welcome but optional. */
function timeBound(t: RubricSubject): Check[] {
  return [check(has(t.targetYear), 'noTargetYear', ['targetYear']), check(has(t.startYear), 'noStartYear', ['startYear'])];
}

/** The level of application; for a sub-national target also where it is and how large; the land types it covers. */
function spatiallyExplicit(t: RubricSubject): Check[] {
  const checks = [check(has(t.level), 'noLevel', ['level'])];
  if (t.level === 'subnational') {
    checks.push(check(has(t.locationName), 'noLocation', ['locationName']), check(has(t.targetAreaKm2), 'noArea', ['targetAreaKm2']));
  }
  checks.push(check(some(t.landTypeIds), 'noLandType', ['landTypeIds']));
  return checks;
}

/** At least one link to another commitment, each stating its overlap (an area, a share, a note, or "enabling only"). */
function policyCoherent(t: RubricSubject): Check[] {
  const links = t.links ?? [];
  if (links.length === 0) return [check(false, 'noLink', ['links'])];
  return links.map((link, i) =>
    check(link.relation === 'enabling_only' || has(link.sharedAreaKm2) || has(link.sharePct) || has(link.note), 'linkWithoutOverlap', ['links', i]),
  );
}

/** Gender analysis notes and the Gender Action Plan priority area(s) addressed. */
function genderResponsive(t: RubricSubject): Check[] {
  return [check(has(t.genderNotes), 'noGenderNotes', ['genderNotes']), check(some(t.gapPriorityAreas), 'noGapArea', ['gapPriorityAreas'])];
}

/** The plan it is written into, the body that adopts it, and an endorsement beyond the draft. */
function integratedInPlanning(t: RubricSubject): Check[] {
  return [
    check(has(t.planningInstrument), 'noPlanningInstrument', ['planningInstrument']),
    check(has(t.adoptingBody), 'noAdoptingBody', ['adoptingBody']),
    check(has(t.endorsementStatus) && t.endorsementStatus !== 'draft', 'notEndorsed', ['endorsementStatus']),
  ];
}

/**
 * Response-hierarchy type, counterbalancing land type(s), no net loss or net gain; a "reverse" target
 * expects a gain from its measures; measures stay within the target's land types (no counterbalancing
 * across land types).
 */
function ldnConsistent(t: RubricSubject): Check[] {
  const landTypes = new Set(t.landTypeIds ?? []);
  const measures = t.measures ?? [];
  const checks = [
    check(some(t.hierarchyTypes), 'noHierarchy', ['hierarchyTypes']),
    check(landTypes.size > 0, 'noLandType', ['landTypeIds']),
    check(has(t.ambition) && t.ambition !== 'accepted_net_loss', has(t.ambition) ? 'netLossAccepted' : 'noAmbition', ['ambition']),
  ];
  if (t.hierarchyTypes?.includes('reverse')) {
    checks.push(check(measures.some((m) => m.hierarchyLevel === 'reverse' && (m.expectedGainKm2 ?? 0) > 0), 'noExpectedGain', ['measures']));
  }
  if (landTypes.size > 0) {
    measures.forEach((m, i) => {
      if (m.landTypeId) checks.push(check(landTypes.has(m.landTypeId), 'measureOutsideLandTypes', ['measures', i, 'landTypeId']));
    });
  }
  return checks;
}

const CHECKS: Record<RubricCriterion, (t: RubricSubject) => Check[]> = {
  specific,
  quantitative,
  time_bound: timeBound,
  spatially_explicit: spatiallyExplicit,
  policy_coherent: policyCoherent,
  gender_responsive: genderResponsive,
  integrated_in_planning: integratedInPlanning,
  ldn_consistent: ldnConsistent,
};

/** The rubric of one target: a result per criterion, in RUBRIC_CRITERIA order. */
export function assessTarget(subject: RubricSubject): Rubric {
  return RUBRIC_CRITERIA.map((criterion) => grade(criterion, CHECKS[criterion](subject)));
}

/** How many of the rubrics pass, partly meet or miss each criterion. */
export function summariseRubrics(rubrics: readonly Rubric[]): RubricSummary {
  const criteria = RUBRIC_CRITERIA.map((criterion) => ({ criterion, pass: 0, partial: 0, missing: 0 }));
  for (const rubric of rubrics) {
    rubric.forEach((result) => {
      const row = criteria.find((c) => c.criterion === result.criterion)!;
      row[result.grade] += 1;
    });
  }
  return { targetCount: rubrics.length, criteria };
}
