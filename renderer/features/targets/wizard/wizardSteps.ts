import type { TargetValues } from './targetValues';

/** The wizard's steps in order, each with the fields it holds (so a rubric link or an error can open the right one). */
export const WIZARD_STEPS = [
  { id: 'pattern', fields: ['pattern'] },
  { id: 'what', fields: ['actionVerb', 'indicators', 'landCoverClasses', 'hierarchyTypes', 'ambition', 'ambitionJustification', 'strategicObjective'] },
  { id: 'where', fields: ['level', 'locationName', 'targetAreaKm2', 'landTypeIds'] },
  { id: 'howMuch', fields: ['targetValue', 'targetUnit', 'baselineValue', 'baselineYear'] },
  { id: 'when', fields: ['startYear', 'targetYear', 'milestones', 'status', 'achievedYear'] },
  { id: 'who', fields: ['genderNotes', 'gapPriorityAreas'] },
  { id: 'planning', fields: ['planningInstrument', 'adoptingBody', 'endorsementStatus', 'endorsementDate', 'endorsementInstrument'] },
  { id: 'sentence', fields: ['text', 'revisionNote'] },
] as const satisfies readonly { id: string; fields: readonly (keyof TargetValues)[] }[];

export type WizardStepId = (typeof WIZARD_STEPS)[number]['id'];
export const FORM_FIELDS: (keyof TargetValues)[] = WIZARD_STEPS.flatMap((step) => [...step.fields]);

/** The step holding `field`, or -1 when no step of the wizard does (links and measures live on the target's page). */
export function stepOf(field: string): number {
  return WIZARD_STEPS.findIndex((step) => (step.fields as readonly string[]).includes(field));
}
