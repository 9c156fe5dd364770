import { z } from 'zod';
import { RESPONSE_LEVELS, responseLevel } from '../worksheets/schema';

/**
 * Code lists of LDN targets (domain-spec §1.7, §5.3, §7.3, §7.5). Codes in data, labels in the locales
 * under `targets:codes.<list>.<code>`, so the same code reads correctly in every UN language. The lists:
 * strategicObjective, level, ambition, hierarchy, actionVerb, indicator, status, endorsement, provenance,
 * pattern, gapArea, measureType, fundingSource and unit (units.ts); the commitments' lists are in
 * `targets:commitments.*` (commitments.ts).
 */

/** The strategic objective a voluntary target serves; SO1 targets are the SO1-VT.T1 table. */
export const STRATEGIC_OBJECTIVES = ['SO1', 'SO2', 'SO3', 'SO4'] as const;
export const strategicObjective = z.enum(STRATEGIC_OBJECTIVES);
export type StrategicObjective = z.infer<typeof strategicObjective>;

/** PRAIS "Level of application": a national target has no total target area (§1.7). */
export const TARGET_LEVELS = ['national', 'subnational'] as const;
export const targetLevel = z.enum(TARGET_LEVELS);
export type TargetLevel = z.infer<typeof targetLevel>;

/** No net loss or net gain (PRAIS guidance); an accepted net loss needs a written justification. */
export const AMBITIONS = ['no_net_loss', 'net_gain', 'accepted_net_loss'] as const;
export const ambition = z.enum(AMBITIONS);
export type Ambition = z.infer<typeof ambition>;

/** "Type of LDN intervention": the response hierarchy, several per target (the worksheets' list). */
export const HIERARCHY_TYPES = RESPONSE_LEVELS;
export const hierarchyType = responseLevel;

/** The controlled action verbs of the "specific" criterion (§5.4, §7.3). */
export const ACTION_VERBS = [
  'halt',
  'avoid_conversion',
  'maintain',
  'reduce',
  'improve',
  'restore',
  'rehabilitate',
  'reforest',
  'afforest',
  'protect',
  'sustainably_manage',
  'contain',
  'other',
] as const;
export const actionVerb = z.enum(ACTION_VERBS);
export type ActionVerb = z.infer<typeof actionVerb>;

/** The direction a verb gives the target value: the "quantitative" criterion asks for one (§5.4). */
export type Direction = 'increase' | 'decrease' | 'maintain' | 'halt';
export const DIRECTION_OF_VERB: Record<ActionVerb, Direction | null> = {
  halt: 'halt',
  avoid_conversion: 'halt',
  maintain: 'maintain',
  reduce: 'decrease',
  improve: 'increase',
  restore: 'increase',
  rehabilitate: 'increase',
  reforest: 'increase',
  afforest: 'increase',
  protect: 'maintain',
  sustainably_manage: 'maintain',
  contain: 'halt',
  other: null,
};

/** The indicator or metric a target addresses (§7.3). */
export const INDICATORS = ['land_cover', 'land_productivity', 'soc', 'sdg_15_3_1', 'protected_area_coverage', 'other'] as const;
export const indicator = z.enum(INDICATORS);
export type Indicator = z.infer<typeof indicator>;

/**
 * Status of target achievement: the PRAIS list for SO2–4 targets, used for SO1 too (§1.7), plus the
 * app's own `not_started` for a target nobody has begun on.
 */
export const TARGET_STATUSES = ['not_started', 'ongoing', 'achieved', 'partially_achieved', 'not_achieved', 'extended_or_postponed'] as const;
export const targetStatus = z.enum(TARGET_STATUSES);
export type TargetStatus = z.infer<typeof targetStatus>;

/** Endorsement, in its order: draft → validated by the working group → officially adopted (with date and instrument). */
export const ENDORSEMENT_STATUSES = ['draft', 'validated_by_working_group', 'officially_adopted'] as const;
export const endorsementStatus = z.enum(ENDORSEMENT_STATUSES);
export type EndorsementStatus = z.infer<typeof endorsementStatus>;

/**
 * Where a target came from: entered here, or pre-filled from an earlier report (PRAIS 2026 pre-fill, §1.7).
 * Editing a pre-filled one needs a revision note, as PRAIS's "Revise" does.
 */
export const PROVENANCES = ['entered', 'prais4_2022', 'ldn_tsp_2_0', 'ldn_tsp', 'prais3_2018', 'ldn_pilot'] as const;
export const provenance = z.enum(PROVENANCES);
export type Provenance = z.infer<typeof provenance>;

/** The target shapes of §5.3 the guided wizard starts from. */
export const TARGET_PATTERNS = [
  'achieve_ldn',
  'halt_conversion',
  'improve_productivity',
  'improve_soc',
  'restore_area',
  'contain_artificial',
  'enabling',
] as const;
export const targetPattern = z.enum(TARGET_PATTERNS);
export type TargetPattern = z.infer<typeof targetPattern>;

/** The four priority areas of the UNCCD Gender Action Plan (decision 12/COP.14 para 9; §5.1). */
export const GAP_PRIORITY_AREAS = ['participation', 'land_rights_access', 'knowledge_technology', 'economic_empowerment'] as const;
export const gapPriorityArea = z.enum(GAP_PRIORITY_AREAS);
export type GapPriorityArea = z.infer<typeof gapPriorityArea>;

/** Kinds of measure planned under a target (§7.3 `target_measure`). */
export const MEASURE_TYPES = [
  'slm',
  'protection',
  'restoration',
  'rehabilitation',
  'land_use_planning',
  'policy_legal',
  'finance',
  'capacity',
  'monitoring',
] as const;
export const measureType = z.enum(MEASURE_TYPES);
export type MeasureType = z.infer<typeof measureType>;

/** SO1.IA.T1 "source of funding": provisional values until the PRAIS drop-down is published (§7.3). */
export const FUNDING_SOURCES = ['domestic_public', 'international_public', 'private', 'mixed', 'other'] as const;
export const fundingSource = z.enum(FUNDING_SOURCES);
export type FundingSource = z.infer<typeof fundingSource>;
