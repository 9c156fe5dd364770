import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/consultations/person';
import { FormDialog } from '../../../components/FormDialog';
import { usePersonName } from '../personName';
import { PersonForm } from './PersonForm';

/** `'new'` to register someone, or the entry to edit. */
export type PersonDialogTarget = Person | 'new';

export function PersonDialog({ target, onClose }: { target: PersonDialogTarget | null; onClose: () => void }) {
  const { t } = useTranslation('consultations');
  const nameOf = usePersonName();
  const person = target === 'new' ? null : target;
  return (
    <FormDialog
      open={target !== null}
      onClose={onClose}
      title={person ? t('register.editTitle', { name: nameOf(person) }) : t('register.addTitle')}
      description={t('register.dialogDescription')}
    >
      {target !== null && <PersonForm person={person} onSaved={onClose} onCancel={onClose} />}
    </FormDialog>
  );
}
