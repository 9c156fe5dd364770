import type { Target } from '../../../shared/targets/schema';
import { toKm2 } from '../../../shared/targets/units';
import { fieldError } from '../errors';
import type { Handlers } from '../handler-types';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { linkOut, readTarget, requireLive, requireTarget } from './repository';

type LinkCommand = 'targets.saveLink' | 'targets.deleteLink' | 'targets.restoreLink';

const requireLink = (ws: OpenWorkspace, id: string, allowDeleted = false) =>
  requireLive(ws, 'commitment_link', id, ['id'], 'errors:targets.linkNotFound', allowDeleted);

/** Links from a target to other commitments (the cross-walk); each save writes the whole form. */
export const linkHandlers: Handlers<LinkCommand> = {
  'targets.saveLink': ({ id, ...form }, session) => {
    const ws = session.workspace();
    requireTarget(ws, form.targetId, ['targetId']);
    if (id) requireLink(ws, id);
    const targetKm2 = coveredKm2(readTarget(ws, form.targetId));
    if (form.sharedAreaKm2 !== undefined && targetKm2 !== null && form.sharedAreaKm2 > targetKm2) {
      throw fieldError('validation', { path: ['sharedAreaKm2'], messageKey: 'errors:targets.sharedAreaExceedsTarget', params: { max: targetKm2 } });
    }
    const values = {
      ...form,
      targetNumber: form.targetNumber ?? null,
      sharedAreaKm2: form.sharedAreaKm2 ?? null,
      sharePct: form.sharePct ?? null,
      accountingOwner: form.accountingOwner ? (1 as const) : (0 as const),
      note: form.note ?? null,
    };
    return linkOut(id ? ws.mutator.update('commitment_link', id, values) : ws.mutator.insert('commitment_link', values));
  },

  'targets.deleteLink': ({ id }, session) => {
    const ws = session.workspace();
    requireLink(ws, id);
    ws.mutator.remove('commitment_link', id);
    return { id };
  },

  /** Undo of a delete, as long as its target is live. */
  'targets.restoreLink': ({ id }, session) => {
    const ws = session.workspace();
    const link = requireLink(ws, id, true);
    requireTarget(ws, link.targetId, ['targetId']);
    return linkOut(ws.mutator.restore('commitment_link', id));
  },
};

/**
 * The land the target covers, which a commitment cannot share more of: its total target area, else its
 * value when that is an area (a national "restore 9,000 ha" has no total area); null when unknown.
 */
function coveredKm2(target: Target): number | null {
  if (target.targetAreaKm2 !== null) return target.targetAreaKm2;
  return target.targetValue !== null && target.targetUnit !== null ? toKm2(target.targetValue, target.targetUnit) : null;
}
