import type { UseFormReturn } from 'react-hook-form';
import type { Target, TargetForm, TargetInput } from '../../../../shared/targets/schema';
import type { RubricSubject } from '../../../../shared/targets/rubric';
import { optionalNumber } from '../../../components/form/schemaResolver';

/** The wizard's fields as the inputs hold them: text for numbers and codes ('' = not chosen), arrays for sets. */
export interface TargetValues {
  pattern: string;
  strategicObjective: string;
  text: string;
  level: string;
  ambition: string;
  ambitionJustification: string;
  hierarchyTypes: string[];
  actionVerb: string;
  indicators: string[];
  landCoverClasses: string[];
  landTypeIds: string[];
  targetValue: string;
  targetUnit: string;
  baselineValue: string;
  baselineYear: string;
  startYear: string;
  targetYear: string;
  /** Rows of the milestones table, in the order typed (the backend keeps them in year order). */
  milestones: MilestoneValues[];
  locationName: string;
  targetAreaKm2: string;
  status: string;
  /** Only asked, and only sent, while the status is "achieved". */
  achievedYear: string;
  genderNotes: string;
  gapPriorityAreas: string[];
  planningInstrument: string;
  adoptingBody: string;
  endorsementStatus: string;
  endorsementDate: string;
  endorsementInstrument: string;
  revisionNote: string;
}

export interface MilestoneValues {
  year: string;
  value: string;
}

/** The wizard's form: the fields as typed, and the `targets.save` input they parse to. */
export type TargetFormApi = UseFormReturn<TargetValues, unknown, TargetForm>;

/** What the wizard keeps but does not edit: the record's identity, where it hangs and where it came from. */
export interface TargetContext {
  id?: string;
  parentTargetId?: string;
  provenance?: Target['provenance'];
}

/** The status under which the wizard asks for the year the target was achieved. */
export const ACHIEVED = 'achieved';

const text = (value: string | null | undefined) => value ?? '';
const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
const chosen = (value: string) => (value === '' ? undefined : value);

export function toValues(target: Target | null, parentTargetId?: string): TargetValues {
  return {
    pattern: text(target?.pattern),
    strategicObjective: target?.strategicObjective ?? 'SO1',
    text: text(target?.text),
    level: target?.level ?? (parentTargetId ? 'subnational' : 'national'),
    ambition: text(target?.ambition),
    ambitionJustification: text(target?.ambitionJustification),
    hierarchyTypes: [...(target?.hierarchyTypes ?? [])],
    actionVerb: text(target?.actionVerb),
    indicators: [...(target?.indicators ?? [])],
    landCoverClasses: (target?.landCoverClasses ?? []).map(String),
    landTypeIds: [...(target?.landTypeIds ?? [])],
    targetValue: numberText(target?.targetValue),
    targetUnit: text(target?.targetUnit),
    baselineValue: numberText(target?.baselineValue),
    baselineYear: numberText(target?.baselineYear),
    startYear: numberText(target?.startYear),
    targetYear: numberText(target?.targetYear),
    milestones: (target?.milestones ?? []).map((m) => ({ year: String(m.year), value: String(m.value) })),
    locationName: text(target?.locationName),
    targetAreaKm2: numberText(target?.targetAreaKm2),
    status: target?.status ?? 'not_started',
    achievedYear: numberText(target?.achievedYear),
    genderNotes: text(target?.genderNotes),
    gapPriorityAreas: [...(target?.gapPriorityAreas ?? [])],
    planningInstrument: text(target?.planningInstrument),
    adoptingBody: text(target?.adoptingBody),
    endorsementStatus: target?.endorsementStatus ?? 'draft',
    endorsementDate: text(target?.endorsementDate),
    endorsementInstrument: text(target?.endorsementInstrument),
    // A revision note answers one edit: the form starts without the previous one.
    revisionNote: '',
  };
}

/**
 * The `targets.save` input of the form. Codes are passed as typed and left to the schema to check, so an
 * unknown value is refused at its field like any other mistake.
 */
export function toInput(values: TargetValues, context: TargetContext): TargetInput {
  return {
    ...(context.id ? { id: context.id } : {}),
    ...(context.parentTargetId ? { parentTargetId: context.parentTargetId } : {}),
    ...(context.provenance ? { provenance: context.provenance } : {}),
    strategicObjective: values.strategicObjective as TargetInput['strategicObjective'],
    pattern: chosen(values.pattern) as TargetInput['pattern'],
    text: values.text,
    level: values.level as TargetInput['level'],
    ambition: chosen(values.ambition) as TargetInput['ambition'],
    ambitionJustification: values.ambitionJustification,
    hierarchyTypes: values.hierarchyTypes as TargetInput['hierarchyTypes'],
    actionVerb: chosen(values.actionVerb) as TargetInput['actionVerb'],
    indicators: values.indicators as TargetInput['indicators'],
    landCoverClasses: values.landCoverClasses.map(Number),
    landTypeIds: values.landTypeIds,
    targetValue: optionalNumber(values.targetValue),
    targetUnit: chosen(values.targetUnit) as TargetInput['targetUnit'],
    baselineValue: optionalNumber(values.baselineValue),
    baselineYear: optionalNumber(values.baselineYear),
    startYear: optionalNumber(values.startYear),
    // Required: an empty year is left out so that the schema says "required" rather than "not a number".
    targetYear: optionalNumber(values.targetYear) as number,
    // An empty year or value is left out so that the schema says "required" at that row.
    milestones: values.milestones.map((m) => ({ year: optionalNumber(m.year) as number, value: optionalNumber(m.value) as number })),
    locationName: values.locationName,
    // PRAIS disables the total target area of a national target: whatever was typed before is not sent.
    targetAreaKm2: values.level === 'national' ? undefined : optionalNumber(values.targetAreaKm2),
    status: values.status as TargetInput['status'],
    // Like the area of a national target: a year typed before the status changed is not sent.
    achievedYear: values.status === ACHIEVED ? optionalNumber(values.achievedYear) : undefined,
    genderNotes: values.genderNotes,
    gapPriorityAreas: values.gapPriorityAreas as TargetInput['gapPriorityAreas'],
    planningInstrument: values.planningInstrument,
    adoptingBody: values.adoptingBody,
    endorsementStatus: values.endorsementStatus as TargetInput['endorsementStatus'],
    endorsementDate: chosen(values.endorsementDate),
    endorsementInstrument: values.endorsementInstrument,
    revisionNote: values.revisionNote,
  };
}

const finite = (value: string): number | null => {
  const n = optionalNumber(value);
  return n === undefined || Number.isNaN(n) ? null : n;
};

/** The half-filled form as the rubric reads it, with the measures and links the target already has. */
export function rubricSubjectOf(values: TargetValues, saved: Pick<RubricSubject, 'links' | 'measures'>): RubricSubject {
  const input = toInput(values, {});
  return {
    ...input,
    targetValue: finite(values.targetValue),
    baselineValue: finite(values.baselineValue),
    baselineYear: finite(values.baselineYear),
    startYear: finite(values.startYear),
    targetYear: finite(values.targetYear),
    targetAreaKm2: values.level === 'national' ? null : finite(values.targetAreaKm2),
    locationName: values.locationName.trim(),
    genderNotes: values.genderNotes.trim(),
    planningInstrument: values.planningInstrument.trim(),
    adoptingBody: values.adoptingBody.trim(),
    ...saved,
  };
}
