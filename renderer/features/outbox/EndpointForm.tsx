import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField } from '../../components/form/FormField';
import { schemaResolver } from '../../components/form/schemaResolver';
import { useSubmitWithFieldErrors } from '../../components/form/useSubmitWithFieldErrors';
import { useSnackbarStore } from '../../components/snackbarStore';
import { useSaveOutboxSettings } from './outboxQueries';
import { SubmitActions } from '../../components/form/SubmitActions';

interface EndpointValues {
  endpoint: string;
}

// The command's own schema: the form refuses exactly what the backend refuses, in the same words.
const resolver = schemaResolver(contract['outbox.saveSettings'].input, (values: EndpointValues) => ({
  endpoint: values.endpoint.trim() === '' ? null : values.endpoint,
}));

/** The submission endpoint the uploader sends to; an empty field means "send nothing anywhere". */
export function EndpointForm({ endpoint }: { endpoint: string | null }) {
  const { t } = useTranslation('outbox');
  const save = useSaveOutboxSettings();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const form = useForm({ resolver, defaultValues: { endpoint: endpoint ?? '' } });
  const { submit, formError } = useSubmitWithFieldErrors(form, save, {
    onSaved: (saved) => showSnackbar({ text: saved.endpoint ? t('endpoint.saved') : t('endpoint.cleared') }),
  });

  return (
    <section className="outbox-endpoint" aria-labelledby="outbox-endpoint-title">
      <h2 id="outbox-endpoint-title">{t('endpoint.title')}</h2>
      <form noValidate className="stack" onSubmit={submit}>
        {formError !== null && <ErrorAlert error={formError} />}
        <FormField label={t('endpoint.label')} help={t('endpoint.help')} error={form.formState.errors.endpoint}>
          {(props) => <input {...props} {...form.register('endpoint')} type="url" inputMode="url" dir="ltr" autoComplete="off" spellCheck={false} />}
        </FormField>
        <SubmitActions disabled={save.isPending}>
          {t('endpoint.save')}
        </SubmitActions>
      </form>
    </section>
  );
}
