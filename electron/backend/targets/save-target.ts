import type { TargetForm } from '../../../shared/targets/schema';
import type { EntityRecord, EntityValues } from '../db/entities';
import { AppError, fieldError } from '../errors';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { syncMilestones } from './milestones';
import { hasLiveSubTargets, requireLive, requireTarget } from './repository';
import { assertRevisionNote } from './revision';
import { syncSet, TARGET_SETS } from './set-rows';

/**
 * Saves the whole target form: the row (optional fields left out are cleared; the provenance stays what it
 * was when the target was created), then each set and the milestones. Everything the schema cannot check
 * is checked first, so a refusal writes nothing.
 */
export function saveTarget(ws: OpenWorkspace, form: TargetForm): string {
  const stored = form.id ? requireTarget(ws, form.id, ['id']) : undefined;
  assertRevisionNote('target', stored, form.revisionNote);
  assertParent(ws, form, stored);
  form.landTypeIds.forEach((id, i) => requireLive(ws, 'landtype', id, ['landTypeIds', i], 'errors:targets.landTypeNotFound'));

  const values = rowValues(form, stored);
  const id = stored ? ws.mutator.update('target', stored.id, values).id : ws.mutator.insert('target', values).id;
  for (const [name, spec] of Object.entries(TARGET_SETS) as [keyof typeof TARGET_SETS, (typeof TARGET_SETS)[keyof typeof TARGET_SETS]][]) {
    syncSet(ws, spec, id, form[name]);
  }
  syncMilestones(ws, id, form.milestones);
  return id;
}

/**
 * Sub-targets hang under a live national target, one level deep: a sub-target cannot have its own, and
 * a target with sub-targets cannot become one, nor stop being national.
 */
function assertParent(ws: OpenWorkspace, form: TargetForm, stored: EntityRecord<'target'> | undefined): void {
  const refuse = (path: string, messageKey: string) => {
    throw fieldError('validation', { path: [path], messageKey });
  };
  const hasSubTargets = stored !== undefined && hasLiveSubTargets(ws, stored.id);
  if (hasSubTargets && form.level !== 'national') refuse('level', 'errors:targets.parentMustStayNational');
  if (form.parentTargetId === undefined) return;
  if (form.parentTargetId === stored?.id) refuse('parentTargetId', 'errors:targets.parentIsSelf');
  const parent = requireLive(ws, 'target', form.parentTargetId, ['parentTargetId'], 'errors:targets.parentNotFound');
  if (parent.parentTargetId !== null) refuse('parentTargetId', 'errors:targets.parentIsSubTarget');
  if (parent.level !== 'national') refuse('parentTargetId', 'errors:targets.parentNotNational');
  if (hasSubTargets) refuse('parentTargetId', 'errors:targets.hasSubTargets');
}

function rowValues(form: TargetForm, stored: EntityRecord<'target'> | undefined): EntityValues<'target'> {
  return {
    parentTargetId: form.parentTargetId ?? null,
    strategicObjective: form.strategicObjective,
    pattern: form.pattern ?? null,
    text: form.text,
    level: form.level,
    ambition: form.ambition ?? null,
    ambitionJustification: form.ambitionJustification ?? null,
    actionVerb: form.actionVerb ?? null,
    targetValue: form.targetValue ?? null,
    targetUnit: form.targetUnit ?? null,
    baselineValue: form.baselineValue ?? null,
    baselineYear: form.baselineYear ?? null,
    startYear: form.startYear ?? null,
    targetYear: form.targetYear,
    locationName: form.locationName ?? null,
    targetAreaKm2: form.targetAreaKm2 ?? null,
    status: form.status,
    achievedYear: form.achievedYear ?? null,
    genderNotes: form.genderNotes ?? null,
    planningInstrument: form.planningInstrument ?? null,
    adoptingBody: form.adoptingBody ?? null,
    endorsementStatus: form.endorsementStatus,
    endorsementDate: form.endorsementDate ?? null,
    endorsementInstrument: form.endorsementInstrument ?? null,
    provenance: stored?.provenance ?? form.provenance,
    revisionNote: form.revisionNote ?? null,
  };
}

/** Undo of a delete; a sub-target comes back only under a live parent. */
export function restoreTarget(ws: OpenWorkspace, id: string): EntityRecord<'target'> {
  const target = requireTarget(ws, id, ['id'], true);
  if (target.parentTargetId !== null && ws.mutator.find('target', target.parentTargetId)?.deletedAt !== null) {
    throw fieldError('not_found', { path: ['parentTargetId'], messageKey: 'errors:targets.parentDeleted' });
  }
  return ws.mutator.restore('target', id);
}

/** Refused while live sub-targets hang under it: deleting them silently would surprise, keeping them orphaned would mislead. */
export function deleteTarget(ws: OpenWorkspace, id: string): void {
  requireTarget(ws, id, ['id']);
  if (hasLiveSubTargets(ws, id)) throw new AppError('conflict', 'errors:targets.hasSubTargets', { id });
  ws.mutator.remove('target', id);
}
