import { useTranslation } from 'react-i18next';
import type { AnticipatedLoss, ResponseMeasure } from '../../../shared/worksheets/schema';
import { useUndoableRemoval } from '../../components/useUndoableRemoval';
import { useDeleteLoss, useDeleteMeasure, useRestoreLoss, useRestoreMeasure } from './worksheetQueries';

/**
 * Deleting an anticipated loss or a measure, in every way of working, with Undo in the snackbar.
 * `onDeleted` moves the keyboard focus away from the row that went: each mode knows where to.
 */
export function useEntryDeletion() {
  const { t } = useTranslation('worksheets');
  const losses = useUndoableRemoval({ remove: useDeleteLoss(), restore: useRestoreLoss() });
  const measures = useUndoableRemoval({ remove: useDeleteMeasure(), restore: useRestoreMeasure() });
  // One deletion at a time across both kinds too: the snackbar holds one Undo only.
  const busy = losses.pending || measures.pending;

  const deleteLoss = (loss: AnticipatedLoss, onDeleted: () => void) => {
    if (!busy) losses.run({ id: loss.id }, t('lossDeleted'), { onRemoved: onDeleted });
  };
  const deleteMeasure = (measure: ResponseMeasure, onDeleted: () => void) => {
    if (!busy) measures.run({ id: measure.id }, t('measureDeleted', { description: measure.description }), { onRemoved: onDeleted });
  };

  return {
    deleteLoss,
    deleteMeasure,
    deleteError: losses.removeError ?? measures.removeError,
    restoreError: losses.restoreError ?? measures.restoreError,
  };
}

export type EntryDeletion = ReturnType<typeof useEntryDeletion>;
