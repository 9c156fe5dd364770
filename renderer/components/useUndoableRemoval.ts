import { useTranslation } from 'react-i18next';
import { focusPageHeading } from './focusPageHeading';
import { useSnackbarStore } from './snackbarStore';

/** The part of a react-query mutation this hook uses: a delete command, or the restore that undoes it. */
export interface RemovalMutation<Input> {
  mutate: (input: Input, options?: { onSuccess?: () => void }) => void;
  isPending: boolean;
  error: Error | null;
}

interface RemovalSteps<Input> {
  remove: RemovalMutation<Input>;
  restore: RemovalMutation<Input>;
}

/** What happens around a removal besides the snackbar; each defaults to what a list page needs. */
export interface RemovalEffects {
  /** Runs once the record is gone. Default: focus the page's heading, since the row and its button went. */
  onRemoved?: () => void;
  /** Runs once Undo has brought the record back. */
  onRestored?: () => void;
}

/**
 * Deleting a record without asking first. Deleting leaves a tombstone, so the snackbar's Undo can bring
 * the same record back (with everything under it) through the restore command. The row and its button
 * go, so the keyboard focus must move somewhere that still exists: by default the page's heading.
 * One deletion at a time: a second press before the row is gone would delete it twice, and the snackbar
 * holds one Undo only.
 */
export function useUndoableRemoval<Input>({ remove, restore }: RemovalSteps<Input>) {
  const { t } = useTranslation('common');
  const showSnackbar = useSnackbarStore((state) => state.show);

  const run = (input: Input, message: string, { onRemoved = focusPageHeading, onRestored }: RemovalEffects = {}) => {
    if (remove.isPending) return;
    remove.mutate(input, {
      onSuccess: () => {
        showSnackbar({ text: message, action: { label: t('undo'), run: () => restore.mutate(input, { onSuccess: onRestored }) } });
        onRemoved();
      },
    });
  };
  return { run, pending: remove.isPending, removeError: remove.error, restoreError: restore.error };
}
