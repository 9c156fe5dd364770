import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { SaveCancelActions } from '../../../components/form/SaveCancelActions';
import { OutcomeError } from './OutcomeError';

interface OutcomeEditDialogProps {
  open: boolean;
  title: string;
  saving: boolean;
  /** A refusal no field shows (e.g. the consultation was deleted meanwhile). */
  failure: unknown;
  onSubmit: () => void;
  onClose: () => void;
  /** The row's fields, the same ones the add form has. */
  children: ReactNode;
}

/** Editing one issue, decision or follow-up action where it is, in a dialog. */
export function OutcomeEditDialog({ open, title, saving, failure, onSubmit, onClose, children }: OutcomeEditDialogProps) {
  const { t } = useTranslation('consultations');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <FormDialog open={open} onClose={onClose} title={title} description={t('editOutcome.description')}>
      <form noValidate className="stack" onSubmit={submit}>
        {failure !== null && <OutcomeError title={t('editor.saveFailed')} error={failure} />}
        {children}
        <SaveCancelActions saving={saving} onCancel={onClose} />
      </form>
    </FormDialog>
  );
}
