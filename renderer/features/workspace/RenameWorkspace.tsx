import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField } from '../../components/form/FormField';
import { schemaResolver } from '../../components/form/schemaResolver';
import { useSubmitWithFieldErrors } from '../../components/form/useSubmitWithFieldErrors';
import { useRenameWorkspace } from './workspaceQueries';
import { SaveCancelActions } from '../../components/form/SaveCancelActions';

const resolver = schemaResolver(contract['workspace.rename'].input, (values: { name: string }) => values);

/** The workspace name with a "Rename" button that turns it into a small form (Escape cancels). */
export function RenameWorkspace({ name }: { name: string }) {
  const { t } = useTranslation(['workspace', 'common']);
  const [editing, setEditing] = useState(false);
  if (!editing) {
    return (
      <span className="inline-value">
        {name}
        <button type="button" className="button button--small" onClick={() => setEditing(true)}>
          {t('overview.rename')}
        </button>
      </span>
    );
  }
  return <RenameForm name={name} onDone={() => setEditing(false)} />;
}

function RenameForm({ name, onDone }: { name: string; onDone: () => void }) {
  const { t } = useTranslation(['workspace', 'common']);
  const rename = useRenameWorkspace();
  const form = useForm({
    resolver,
    mode: 'onChange',
    defaultValues: { name },
  });
  const { register, setFocus, formState } = form;
  // The user just asked to edit this very field.
  useEffect(() => setFocus('name', { shouldSelect: true }), [setFocus]);
  const { submit, formError } = useSubmitWithFieldErrors(form, rename, { onSaved: onDone });
  return (
    <form className="inline-form" noValidate onSubmit={submit}>
      {formError !== null && <ErrorAlert error={formError} />}
      <FormField label={t('overview.newName')} error={formState.errors.name} required>
        {(props) => (
          <input
            {...props}
            {...register('name')}
            type="text"
            autoComplete="off"
            onKeyDown={(event) => {
              if (event.key === 'Escape') onDone();
            }}
          />
        )}
      </FormField>
      <SaveCancelActions saving={rename.isPending} onCancel={onDone} />
    </form>
  );
}
