import type { Handlers } from '../handler-types';
import { linkTargets, requireLinkableTargets, withTargetIds } from './measure-targets';
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
  'worksheets.saveLoss': ({ id, notes, ...fields }, session) =>
    saveEntry(session.workspace(), 'anticipated_loss', id, { ...fields, notes: notes ?? null }),

  'worksheets.deleteLoss': ({ id }, session) => {
    session.workspace().mutator.remove('anticipated_loss', id);
    return { id };
  },

  'worksheets.restoreLoss': ({ id }, session) => restoreEntry(session.workspace(), 'anticipated_loss', id),

  'worksheets.saveMeasure': ({ id, targetIds, ...fields }, session) => {
    const ws = session.workspace();
    requireLinkableTargets(ws, targetIds);
    const saved = saveEntry(ws, 'response_measure', id, {
      ...fields,
      slmTechnology: fields.slmTechnology ?? null,
      wocatReference: fields.wocatReference ?? null,
      effectivenessPercent: fields.effectivenessPercent ?? null,
      costUsd: fields.costUsd ?? null,
      coBenefits: fields.coBenefits ?? null,
    });
    linkTargets(ws, saved.id, targetIds);
    return withTargetIds(ws, [saved])[0]!;
  },

  'worksheets.deleteMeasure': ({ id }, session) => {
    session.workspace().mutator.remove('response_measure', id);
    return { id };
  },

  /** The links were left alone by the delete, so the measure comes back with them. */
  'worksheets.restoreMeasure': ({ id }, session) => {
    const ws = session.workspace();
    return withTargetIds(ws, [restoreEntry(ws, 'response_measure', id)])[0]!;
  },
};
