import { useTranslation } from 'react-i18next';
import type { AnticipatedLoss, ResponseMeasure } from '../../../shared/worksheets/schema';
import { useSnackbarStore } from '../../components/snackbarStore';
import { useDeleteLoss, useDeleteMeasure, useRestoreLoss, useRestoreMeasure } from './worksheetQueries';

/**
 * Deleting an anticipated loss or a measure, in every way of working. No confirmation: deleting leaves a
 * tombstone, and Undo in the snackbar brings the same entry back. `onDeleted` moves the keyboard focus
 * away from the row that went: each mode knows where to.
 */
export function useEntryDeletion() {
  const { t } = useTranslation(['worksheets', 'common']);
  const showSnackbar = useSnackbarStore((state) => state.show);
  const removeLoss = useDeleteLoss();
  const removeMeasure = useDeleteMeasure();
  const restoreLoss = useRestoreLoss();
  const restoreMeasure = useRestoreMeasure();

  // One deletion at a time: a second press before the row is gone would delete it twice, and the
  // snackbar holds one Undo only.
  const busy = removeLoss.isPending || removeMeasure.isPending;

  const deleteLoss = (loss: AnticipatedLoss, onDeleted: () => void) => {
    if (busy) return;
    removeLoss.mutate(
      { id: loss.id },
      {
        onSuccess: () => {
          showSnackbar({ text: t('lossDeleted'), action: { label: t('common:undo'), run: () => restoreLoss.mutate({ id: loss.id }) } });
          onDeleted();
        },
      },
    );
  };
  const deleteMeasure = (measure: ResponseMeasure, onDeleted: () => void) => {
    if (busy) return;
    removeMeasure.mutate(
      { id: measure.id },
      {
        onSuccess: () => {
          showSnackbar({
            text: t('measureDeleted', { description: measure.description }),
            action: { label: t('common:undo'), run: () => restoreMeasure.mutate({ id: measure.id }) },
          });
          onDeleted();
        },
      },
    );
  };

  return {
    deleteLoss,
    deleteMeasure,
    deleteError: removeLoss.error ?? removeMeasure.error,
    restoreError: restoreLoss.error ?? restoreMeasure.error,
  };
}

export type EntryDeletion = ReturnType<typeof useEntryDeletion>;
