import { AlertDialog } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/consultations/person';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { useErasePerson } from '../consultationQueries';

interface EraseDialogProps {
  person: Person | null;
  /** The name as shown in the register, captured before it is erased. */
  name: string;
  onClose: () => void;
}

/**
 * Erasure cannot be undone, so it is confirmed, with what it does and what it cannot reach said
 * before the button (docs/ARCHITECTURE.md §3, right to erasure). Cancel has the first focus.
 */
export function EraseDialog({ person, name, onClose }: EraseDialogProps) {
  const { t } = useTranslation(['consultations', 'common']);
  const erase = useErasePerson();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const confirm = () => {
    if (!person) return;
    erase.mutate(
      { id: person.id },
      {
        onSuccess: () => {
          // Not by name: the point of erasing is that the name is not shown again.
          showSnackbar({ text: t('erase.done') });
          onClose();
        },
      },
    );
  };
  return (
    <AlertDialog.Root open={person !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title className="dialog__title">{t('erase.title', { name })}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="dialog__description stack">
              <p>{t('erase.clears')}</p>
              <p>{t('erase.keeps')}</p>
              <p>{t('erase.notReached')}</p>
              <p>
                <strong>{t('erase.final')}</strong>
              </p>
            </div>
          </AlertDialog.Description>
          {erase.isError && <ErrorAlert title={t('erase.failed')} error={erase.error} />}
          <div className="form-actions">
            <AlertDialog.Cancel className="button">{t('common:cancel')}</AlertDialog.Cancel>
            <button type="button" className="button button--danger" disabled={erase.isPending} onClick={confirm}>
              {t('erase.confirm')}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
