import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import { FormField } from '../../components/form/FormField';
import { schemaResolver } from '../../components/form/schemaResolver';

const resolver = schemaResolver(contract['workspace.open'].input, (values: { path: string }) => values);

/** In the browser there is no file dialog: the user types the path of a file on the app's machine. */
export function OpenByPathForm({ onOpen, disabled }: { onOpen: (path: string) => void; disabled: boolean }) {
  const { t } = useTranslation('workspace');
  const { register, handleSubmit, formState } = useForm({ resolver, defaultValues: { path: '' } });
  return (
    <form className="inline-form" noValidate onSubmit={(event) => void handleSubmit(({ path }) => onOpen(path))(event)}>
      <FormField label={t('open.byPath')} help={t('open.byPathHelp')} error={formState.errors.path} required>
        {(control) => <input {...control} {...register('path')} type="text" dir="ltr" spellCheck={false} autoComplete="off" />}
      </FormField>
      <button type="submit" className="button" disabled={disabled}>
        {t('open.submit')}
      </button>
    </form>
  );
}
