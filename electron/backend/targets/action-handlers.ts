import type { Handlers } from '../handler-types';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { listActions, readAction } from './action-repository';
import { requireLive, requireTarget } from './repository';
import { assertRevisionNote } from './revision';
import { ACTION_TARGETS, syncSet } from './set-rows';

type ActionCommand = 'targets.listActions' | 'targets.saveAction' | 'targets.deleteAction' | 'targets.restoreAction';

const requireAction = (ws: OpenWorkspace, id: string, allowDeleted = false) =>
  requireLive(ws, 'implemented_action', id, ['id'], 'errors:targets.actionNotFound', allowDeleted);

/** SO1.IA.T1 implemented actions and the targets they serve. */
export const actionHandlers: Handlers<ActionCommand> = {
  'targets.listActions': ({ includeDeleted }, session) => ({ items: listActions(session.workspace(), includeDeleted) }),

  /** Saves the whole form, target links included; the provenance stays what it was when the action was created. */
  'targets.saveAction': ({ id, targetIds, ...form }, session) => {
    const ws = session.workspace();
    const stored = id ? requireAction(ws, id) : undefined;
    assertRevisionNote('action', stored, form.revisionNote);
    targetIds.forEach((targetId, i) => requireTarget(ws, targetId, ['targetIds', i]));
    const values = {
      description: form.description,
      locationName: form.locationName ?? null,
      startDate: form.startDate,
      areaKm2: form.areaKm2 ?? null,
      fundingSource: form.fundingSource,
      projectRef: form.projectRef ?? null,
      wocatReference: form.wocatReference ?? null,
      provenance: stored?.provenance ?? form.provenance,
      revisionNote: form.revisionNote ?? null,
    };
    const saved = stored ? ws.mutator.update('implemented_action', stored.id, values) : ws.mutator.insert('implemented_action', values);
    syncSet(ws, ACTION_TARGETS, saved.id, targetIds);
    return readAction(ws, saved.id);
  },

  /** A tombstone: its target links stay with it, so a restore brings them back. */
  'targets.deleteAction': ({ id }, session) => {
    const ws = session.workspace();
    requireAction(ws, id);
    ws.mutator.remove('implemented_action', id);
    return { id };
  },

  'targets.restoreAction': ({ id }, session) => {
    const ws = session.workspace();
    requireAction(ws, id, true);
    ws.mutator.restore('implemented_action', id);
    return readAction(ws, id);
  },
};
