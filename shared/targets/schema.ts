import { z } from 'zod';
import { UNCCD_LAND_COVER_CODES } from '../baseline/classes';
import { consultation } from '../consultations/consultation';
import { decision } from '../consultations/outcomes';
import { entityId, timestamp } from '../ids';
import { optionalText, withMessageKey } from '../validation';
import { MAX_LAND_AREA_KM2 } from '../workspace/schema';
import {
  actionVerb,
  ambition,
  endorsementStatus,
  fundingSource,
  gapPriorityArea,
  hierarchyType,
  indicator,
  measureType,
  provenance,
  strategicObjective,
  targetLevel,
  targetPattern,
  targetStatus,
} from './codes';
import { framework, isTargetNumberOf, linkRelation, NUMBERED_FRAMEWORKS } from './commitments';
import { SHARE_UNIT, targetUnit, unitsFor } from './units';

/** LDN targets (SO1-VT.T1), their measures, implemented actions (SO1.IA.T1) and commitment links (domain-spec §7.3). */

/** Years a target may name: LDN baselines start in 2000; targets lie this century. */
export const TARGET_YEARS = { min: 2000, max: 2100 } as const;

const bookkeeping = { id: entityId, createdAt: timestamp, updatedAt: timestamp, deletedAt: timestamp.nullable() };
const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** A number a target states: never negative (the direction lies in the verb: "reduce by 50 %"). */
const amount = (max = Number.MAX_SAFE_INTEGER) =>
  z.number().max(max).refine((v) => v >= 0, withMessageKey('errors:targets.valueNegative'));
const areaKm2 = amount(MAX_LAND_AREA_KM2);
const year = z
  .number()
  .int()
  .refine((y) => y >= TARGET_YEARS.min && y <= TARGET_YEARS.max, withMessageKey('errors:targets.yearOutOfRange'));
/** A set of codes or ids: each at most once. */
const distinct = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((items) => new Set(items).size === items.length, withMessageKey('errors:targets.repeated'))
    .default([]);

/** An interim milestone: the value the target should have reached by `year`, in the target's unit. */
export const milestone = z.object({ year: z.number().int(), value: z.number() });
export type Milestone = z.infer<typeof milestone>;

export const target = z.object({
  ...bookkeeping,
  /** Set on a sub-target: the national target it belongs to. Only one level of sub-targets. */
  parentTargetId: entityId.nullable(),
  strategicObjective,
  /** The §5.3 shape the wizard started from; null for targets entered freely or pre-filled. */
  pattern: targetPattern.nullable(),
  text: z.string(),
  level: targetLevel,
  ambition: ambition.nullable(),
  /** Required when the ambition is an accepted net loss. */
  ambitionJustification: z.string().nullable(),
  hierarchyTypes: z.array(hierarchyType),
  actionVerb: actionVerb.nullable(),
  indicators: z.array(indicator),
  /** UNCCD land-cover class codes (shared/baseline/classes.ts). */
  landCoverClasses: z.array(z.number().int()),
  /** Land types (landtypes) the target covers: its counterbalancing scope. */
  landTypeIds: z.array(entityId),
  targetValue: z.number().nullable(),
  targetUnit: targetUnit.nullable(),
  /** In the target's unit. */
  baselineValue: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  startYear: z.number().int().nullable(),
  targetYear: z.number().int(),
  /** In year order. */
  milestones: z.array(milestone),
  /** Admin area or place name (geometry comes with the map). */
  locationName: z.string().nullable(),
  /** PRAIS "Total target area"; always null for a national target. */
  targetAreaKm2: z.number().nullable(),
  status: targetStatus,
  achievedYear: z.number().int().nullable(),
  genderNotes: z.string().nullable(),
  gapPriorityAreas: z.array(gapPriorityArea),
  /** The land-use plan, zone or sectoral plan the target is written into. */
  planningInstrument: z.string().nullable(),
  adoptingBody: z.string().nullable(),
  endorsementStatus,
  /** Date and instrument (decree, resolution) of the official adoption. */
  endorsementDate: z.iso.date().nullable(),
  endorsementInstrument: z.string().nullable(),
  provenance,
  /** The latest revision note ("Revise" in PRAIS); earlier ones are in the history. */
  revisionNote: z.string().nullable(),
});
export type Target = z.infer<typeof target>;

type Issue = (path: (string | number)[], messageKey: string) => void;
const issuer =
  (ctx: z.RefinementCtx): Issue =>
  (path, messageKey) =>
    ctx.addIssue({ code: 'custom', path, params: { messageKey } });

/**
 * The whole target form: optional fields left out are cleared, sets (hierarchy types, indicators, classes,
 * land types, milestones, GAP areas) are replaced. On a target pre-filled from an earlier report, the
 * backend requires `revisionNote`.
 */
export const targetInput = z
  .object({
    id: entityId.optional(),
    parentTargetId: entityId.optional(),
    strategicObjective: strategicObjective.default('SO1'),
    pattern: targetPattern.optional(),
    text: requiredText(4000),
    level: targetLevel,
    ambition: ambition.optional(),
    ambitionJustification: optionalText(4000),
    hierarchyTypes: distinct(hierarchyType, 3),
    actionVerb: actionVerb.optional(),
    indicators: distinct(indicator, 6),
    landCoverClasses: distinct(
      z.number().int().refine((code) => (UNCCD_LAND_COVER_CODES as readonly number[]).includes(code), withMessageKey('errors:targets.unknownLandCoverClass')),
      7,
    ),
    landTypeIds: distinct(entityId, 500),
    targetValue: amount().optional(),
    targetUnit: targetUnit.optional(),
    baselineValue: amount().optional(),
    baselineYear: year.optional(),
    startYear: year.optional(),
    targetYear: year,
    milestones: z.array(z.object({ year, value: amount() })).max(100).default([]),
    locationName: optionalText(300),
    targetAreaKm2: areaKm2.optional(),
    status: targetStatus.default('not_started'),
    achievedYear: year.optional(),
    genderNotes: optionalText(8000),
    gapPriorityAreas: distinct(gapPriorityArea, 4),
    planningInstrument: optionalText(500),
    adoptingBody: optionalText(300),
    endorsementStatus: endorsementStatus.default('draft'),
    endorsementDate: z.iso.date().optional(),
    endorsementInstrument: optionalText(500),
    provenance: provenance.default('entered'),
    revisionNote: optionalText(4000),
  })
  .superRefine((t, ctx) => {
    const issue = issuer(ctx);
    if (t.level === 'national' && t.targetAreaKm2 !== undefined) issue(['targetAreaKm2'], 'errors:targets.nationalHasNoArea');
    if (t.targetValue !== undefined && t.targetUnit === undefined) issue(['targetUnit'], 'errors:targets.unitRequired');
    if (t.targetUnit !== undefined && t.targetValue === undefined) issue(['targetValue'], 'errors:targets.valueRequired');
    if (t.baselineValue !== undefined && t.targetUnit === undefined) issue(['targetUnit'], 'errors:targets.unitRequired');
    if (t.baselineValue !== undefined && t.baselineYear === undefined) issue(['baselineYear'], 'errors:targets.baselineYearRequired');
    if (t.targetUnit !== undefined && !unitsFor(t.indicators).includes(t.targetUnit)) issue(['targetUnit'], 'errors:targets.unitNotForIndicator');
    if (t.targetUnit === SHARE_UNIT) {
      if ((t.targetValue ?? 0) > 100) issue(['targetValue'], 'errors:targets.shareAbove100');
      if ((t.baselineValue ?? 0) > 100) issue(['baselineValue'], 'errors:targets.shareAbove100');
      t.milestones.forEach((m, i) => m.value > 100 && issue(['milestones', i, 'value'], 'errors:targets.shareAbove100'));
    }
    if (t.baselineYear !== undefined && t.targetYear < t.baselineYear) issue(['targetYear'], 'errors:targets.targetYearBeforeBaseline');
    if (t.startYear !== undefined && t.targetYear < t.startYear) issue(['targetYear'], 'errors:targets.targetYearBeforeStart');
    const firstYear = t.startYear ?? t.baselineYear ?? TARGET_YEARS.min;
    const seen = new Set<number>();
    t.milestones.forEach((m, i) => {
      if (m.year < firstYear || m.year > t.targetYear) issue(['milestones', i, 'year'], 'errors:targets.milestoneOutsidePeriod');
      else if (seen.has(m.year)) issue(['milestones', i, 'year'], 'errors:targets.milestoneYearRepeated');
      seen.add(m.year);
    });
    if (t.ambition === 'accepted_net_loss' && t.ambitionJustification === undefined) {
      issue(['ambitionJustification'], 'errors:targets.justificationRequired');
    }
    if (t.endorsementStatus === 'officially_adopted') {
      if (t.endorsementDate === undefined) issue(['endorsementDate'], 'errors:targets.adoptionDateRequired');
      if (t.endorsementInstrument === undefined) issue(['endorsementInstrument'], 'errors:targets.adoptionInstrumentRequired');
    }
  });
export type TargetInput = z.input<typeof targetInput>;
export type TargetForm = z.output<typeof targetInput>;

/** A measure planned or ongoing under a target (§7.3 `target_measure`). */
export const targetMeasure = z.object({
  ...bookkeeping,
  targetId: entityId,
  measureType,
  description: z.string(),
  hierarchyLevel: hierarchyType,
  landTypeId: entityId.nullable(),
  expectedGainKm2: z.number().nullable(),
  expectedAvoidedLossKm2: z.number().nullable(),
  /** Share of the area on which the measure is expected to work; null counts as 100 %. */
  effectivenessPercent: z.number().nullable(),
  slmTechnology: z.string().nullable(),
  /** A WOCAT SLM database reference (URL or technology id). */
  wocatReference: z.string().nullable(),
});
export type TargetMeasure = z.infer<typeof targetMeasure>;

export const targetMeasureInput = z.object({
  id: entityId.optional(),
  targetId: entityId,
  measureType,
  description: requiredText(2000),
  hierarchyLevel: hierarchyType,
  landTypeId: entityId.optional(),
  expectedGainKm2: areaKm2.optional(),
  expectedAvoidedLossKm2: areaKm2.optional(),
  effectivenessPercent: z
    .number()
    .refine((percent) => percent >= 0 && percent <= 100, withMessageKey('errors:targets.effectivenessRange'))
    .optional(),
  slmTechnology: optionalText(500),
  wocatReference: optionalText(500),
});

/** SO1.IA.T1: a project or initiative on the ground, linked to the targets it serves (none is allowed). */
export const implementedAction = z.object({
  ...bookkeeping,
  description: z.string(),
  locationName: z.string().nullable(),
  startDate: z.iso.date(),
  areaKm2: z.number().nullable(),
  fundingSource,
  /** GEF / GCF or other project id. */
  projectRef: z.string().nullable(),
  wocatReference: z.string().nullable(),
  provenance,
  revisionNote: z.string().nullable(),
  /** Live targets the action is linked to. */
  targetIds: z.array(entityId),
});
export type ImplementedAction = z.infer<typeof implementedAction>;

/** The whole action form; like a target, an action pre-filled from an earlier report needs `revisionNote` to be edited. */
export const implementedActionInput = z.object({
  id: entityId.optional(),
  description: requiredText(4000),
  locationName: optionalText(300),
  startDate: z.iso.date(),
  areaKm2: areaKm2.optional(),
  fundingSource,
  projectRef: optionalText(200),
  wocatReference: optionalText(500),
  provenance: provenance.default('entered'),
  revisionNote: optionalText(4000),
  targetIds: distinct(entityId, 500),
});

/** A link from a target to another commitment, with what the two share (§6, §7.3 `commitment_link`). */
export const commitmentLink = z.object({
  ...bookkeeping,
  targetId: entityId,
  framework,
  /** Identifier, version or URL of the commitment (NDC 2021 measure 4.2, Bonn pledge id …). */
  commitmentRef: z.string(),
  /** GBF target 1–23, SDG code, Sendai letter, or the framework's own numbering. */
  targetNumber: z.string().nullable(),
  relation: linkRelation,
  /** Area the commitment and the target share; with `sharePct`, the overlap statement. */
  sharedAreaKm2: z.number().nullable(),
  /** Share of the target's area the commitment also counts, in %. */
  sharePct: z.number().nullable(),
  /** This commitment books the shared hectares in national totals, not the LDN target. */
  accountingOwner: z.boolean(),
  note: z.string().nullable(),
});
export type CommitmentLink = z.infer<typeof commitmentLink>;

export const commitmentLinkInput = z
  .object({
    id: entityId.optional(),
    targetId: entityId,
    framework,
    commitmentRef: requiredText(500),
    targetNumber: optionalText(20),
    relation: linkRelation,
    sharedAreaKm2: areaKm2.optional(),
    sharePct: amount().optional(),
    accountingOwner: z.boolean().default(false),
    note: optionalText(4000),
  })
  .superRefine((link, ctx) => {
    const issue = issuer(ctx);
    if ((link.sharePct ?? 0) > 100) issue(['sharePct'], 'errors:targets.shareAbove100');
    if (link.relation === 'enabling_only') {
      if (link.sharedAreaKm2 !== undefined) issue(['sharedAreaKm2'], 'errors:targets.enablingHasNoArea');
      if (link.sharePct !== undefined) issue(['sharePct'], 'errors:targets.enablingHasNoArea');
      if (link.accountingOwner) issue(['accountingOwner'], 'errors:targets.enablingOwnsNothing');
    }
    if (link.targetNumber === undefined) {
      if (NUMBERED_FRAMEWORKS.includes(link.framework)) issue(['targetNumber'], 'errors:targets.targetNumberRequired');
    } else if (!isTargetNumberOf(link.framework, link.targetNumber)) {
      issue(['targetNumber'], 'errors:targets.targetNumberInvalid');
    }
  });

/** The eight criteria of the target-quality rubric (§5.4, decision 13/COP.15 para 1). */
export const RUBRIC_CRITERIA = [
  'specific',
  'quantitative',
  'time_bound',
  'spatially_explicit',
  'policy_coherent',
  'gender_responsive',
  'integrated_in_planning',
  'ldn_consistent',
] as const;
export const rubricCriterion = z.enum(RUBRIC_CRITERIA);
export type RubricCriterion = z.infer<typeof rubricCriterion>;

export const RUBRIC_GRADES = ['pass', 'partial', 'missing'] as const;
export const rubricGrade = z.enum(RUBRIC_GRADES);
export type RubricGrade = z.infer<typeof rubricGrade>;

/** Why a criterion got its grade: `targets:rubric.<criterion>.<reason>`, and the field that fixes it (null when met). */
export const rubricReason = z.object({ key: z.string(), path: z.array(z.union([z.string(), z.number()])).nullable() });
export type RubricReason = z.infer<typeof rubricReason>;

export const criterionResult = z.object({ criterion: rubricCriterion, grade: rubricGrade, reasons: z.array(rubricReason).min(1) });
export type CriterionResult = z.infer<typeof criterionResult>;

/** One result per criterion, in RUBRIC_CRITERIA order. */
export const rubric = z.array(criterionResult);
export type Rubric = z.infer<typeof rubric>;

/** A target as the list shows it: with its rubric and how much hangs under it. */
export const targetListItem = target.extend({
  rubric,
  subTargetCount: z.number().int(),
  measureCount: z.number().int(),
  linkCount: z.number().int(),
});
export type TargetListItem = z.infer<typeof targetListItem>;

/** The target with everything around it, and the consultations' decisions that shaped it or its measures. */
export const targetDetail = target.extend({
  rubric,
  subTargets: z.array(targetListItem),
  measures: z.array(targetMeasure),
  actions: z.array(implementedAction),
  links: z.array(commitmentLink),
  decisions: z.array(z.object({ consultation, decisions: z.array(decision) })),
});
export type TargetDetail = z.infer<typeof targetDetail>;

/** What the commitments view shows of a linked target. */
export const targetRef = target.pick({ id: true, text: true, level: true, status: true, parentTargetId: true });

/** The cross-walk per framework, in FRAMEWORKS order; frameworks without live links are left out. */
export const commitmentsView = z.object({
  frameworks: z.array(
    z.object({
      framework,
      links: z.array(z.object({ link: commitmentLink, target: targetRef })),
      /** Sum of the recorded shared areas, each link as entered (what the framework claims). */
      sharedAreaKm2: z.number(),
    }),
  ),
});
export type CommitmentsView = z.infer<typeof commitmentsView>;

/** Who books restoration hectares in the national total: the LDN target itself or a linked commitment. */
export const rollupOwner = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ldn_target') }),
  z.object({ kind: z.literal('commitment'), framework, commitmentRef: z.string() }),
]);

/** A double count the roll-up did not make: hectares already counted under `targetId`. */
export const avoidedDoubleCount = z.object({
  kind: z.enum(['commitment_share', 'sub_target']),
  targetId: entityId,
  /** For `commitment_share`: the link and what it points at. */
  linkId: entityId.nullable(),
  framework: framework.nullable(),
  commitmentRef: z.string().nullable(),
  relation: linkRelation.nullable(),
  /** For `sub_target`: the counted parent whose hectares include this sub-target's. */
  parentTargetId: entityId.nullable(),
  hectares: z.number(),
});
export type AvoidedDoubleCount = z.infer<typeof avoidedDoubleCount>;

/** National restoration hectares (shared/targets/rollup.ts): each hectare counted once. */
export const restorationRollup = z.object({
  totalHa: z.number(),
  /** What adding every restoration target and every commitment's share would give. gross − total = Σ avoided. */
  grossHa: z.number(),
  targets: z.array(z.object({ targetId: entityId, hectares: z.number(), counted: z.boolean() })),
  /** Restoration targets whose area is not known (no area unit, no target area): not in the totals. */
  withoutArea: z.array(entityId),
  byOwner: z.array(z.object({ owner: rollupOwner, hectares: z.number() })),
  avoided: z.array(avoidedDoubleCount),
});
export type RestorationRollup = z.infer<typeof restorationRollup>;

/** For the working group: how many live targets pass, partly meet or miss each criterion. */
export const rubricSummary = z.object({
  targetCount: z.number().int(),
  criteria: z.array(z.object({ criterion: rubricCriterion, pass: z.number().int(), partial: z.number().int(), missing: z.number().int() })),
});
export type RubricSummary = z.infer<typeof rubricSummary>;
