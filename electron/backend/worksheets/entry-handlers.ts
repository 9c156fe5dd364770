import type { Handlers } from '../handler-types';
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

  'worksheets.saveMeasure': ({ id, ...fields }, session) =>
    saveEntry(session.workspace(), 'response_measure', id, {
      ...fields,
      slmTechnology: fields.slmTechnology ?? null,
      wocatReference: fields.wocatReference ?? null,
      effectivenessPercent: fields.effectivenessPercent ?? null,
      costUsd: fields.costUsd ?? null,
      coBenefits: fields.coBenefits ?? null,
    }),

  'worksheets.deleteMeasure': ({ id }, session) => {
    session.workspace().mutator.remove('response_measure', id);
    return { id };
  },

  'worksheets.restoreMeasure': ({ id }, session) => restoreEntry(session.workspace(), 'response_measure', id),
};
