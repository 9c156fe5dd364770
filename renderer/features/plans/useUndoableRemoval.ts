import { useTranslation } from 'react-i18next';
import { focusPageHeading } from '../../components/focusPageHeading';
import { useSnackbarStore } from '../../components/snackbarStore';
import { useRemoveAndRestore, type RemovalKind } from './planQueries';

/**
 * Deleting a plan, a zone or a conversion. No confirmation: deleting leaves a tombstone, and Undo in the
 * snackbar brings the same record back with everything under it. The row and its button go, so the
 * keyboard focus moves to the page's heading.
 */
export function useUndoableRemoval(kind: RemovalKind) {
  const { t } = useTranslation('common');
  const showSnackbar = useSnackbarStore((state) => state.show);
  const { remove, restore } = useRemoveAndRestore(kind);

  const run = (id: string, message: string, onRemoved: () => void = focusPageHeading) => {
    // One deletion at a time: the snackbar holds one Undo only.
    if (remove.isPending) return;
    remove.mutate(
      { id },
      {
        onSuccess: () => {
          showSnackbar({ text: message, action: { label: t('undo'), run: () => restore.mutate({ id }) } });
          onRemoved();
        },
      },
    );
  };
  return { run, pending: remove.isPending, removeError: remove.error, restoreError: restore.error };
}
