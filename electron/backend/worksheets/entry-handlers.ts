import type { Handlers } from '../handler-types';
import { linkTargets, requireLinkableTargets, withTargetIds } from './measure-targets';
import { refusePlanZoneLoss } from './plan-zone-losses';
import { enteredLoss } from './repository';
import { requireReverseRoom } from './reverse-area';
import { restoreEntry, saveEntry } from './save-entry';

type EntryCommand =
  | 'worksheets.saveLoss'
  | 'worksheets.deleteLoss'
  | 'worksheets.restoreLoss'
  | 'worksheets.saveMeasure'
  | 'worksheets.deleteMeasure'
  | 'worksheets.restoreMeasure';

/** Each save writes the whole form: optional fields left out are cleared. */
export const entryHandlers: Handlers<EntryCommand> = {
  'worksheets.saveLoss': ({ id, notes, ...fields }, session) => {
    const ws = session.workspace();
    refusePlanZoneLoss(ws, id);
    return enteredLoss(saveEntry(ws, 'anticipated_loss', id, { ...fields, notes: notes ?? null }));
  },

  'worksheets.deleteLoss': ({ id }, session) => {
    const ws = session.workspace();
    refusePlanZoneLoss(ws, id);
    ws.mutator.remove('anticipated_loss', id);
    return { id };
  },

  'worksheets.restoreLoss': ({ id }, session) => {
    const ws = session.workspace();
    refusePlanZoneLoss(ws, id);
    return enteredLoss(restoreEntry(ws, 'anticipated_loss', id));
  },

  'worksheets.saveMeasure': ({ id, targetIds, ...fields }, session) => {
    const ws = session.workspace();
    requireLinkableTargets(ws, targetIds);
    const saved = saveEntry(
      ws,
      'response_measure',
      id,
      {
        ...fields,
        slmTechnology: fields.slmTechnology ?? null,
        wocatReference: fields.wocatReference ?? null,
        effectivenessPercent: fields.effectivenessPercent ?? null,
        costUsd: fields.costUsd ?? null,
        coBenefits: fields.coBenefits ?? null,
      },
      () => requireReverseRoom(ws, { id, ...fields }),
    );
    linkTargets(ws, saved.id, targetIds);
    return withTargetIds(ws, [saved])[0]!;
  },

  'worksheets.deleteMeasure': ({ id }, session) => {
    session.workspace().mutator.remove('response_measure', id);
    return { id };
  },

  /**
   * The links were left alone by the delete, so the measure comes back with them. A reverse measure comes
   * back only while the land type's degraded area still has room for it.
   */
  'worksheets.restoreMeasure': ({ id }, session) => {
    const ws = session.workspace();
    const measure = ws.mutator.find('response_measure', id);
    if (measure) requireReverseRoom(ws, measure);
    return withTargetIds(ws, [restoreEntry(ws, 'response_measure', id)])[0]!;
  },
};
