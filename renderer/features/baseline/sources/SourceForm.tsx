import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { dataSourceInput, LICENCES, type DataSource } from '../../../../shared/baseline/schema';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormField } from '../../../components/form/FormField';
import { SaveCancelActions } from '../../../components/form/SaveCancelActions';
import { schemaResolver } from '../../../components/form/schemaResolver';
import { useSubmitWithFieldErrors } from '../../../components/form/useSubmitWithFieldErrors';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { useBaselineMutation } from '../baselineQueries';
import { licenceLabel } from './licenceLabel';

interface SourceValues {
  title: string;
  identifier: string;
  authorPublisher: string;
  citation: string;
  licence: string;
  customLicenceText: string;
}

const resolver = schemaResolver(dataSourceInput, (values: SourceValues) => ({
  ...values,
  licence: values.licence === '' ? undefined : (values.licence as DataSource['licence'] & string),
}));

const toValues = (source: DataSource | null): SourceValues => ({
  title: source?.title ?? '',
  identifier: source?.identifier ?? '',
  authorPublisher: source?.authorPublisher ?? '',
  citation: source?.citation ?? '',
  licence: source?.licence ?? '',
  customLicenceText: source?.customLicenceText ?? '',
});

/** The four Annex II fields and the licence of one data source. */
export function SourceForm({ source, onDone }: { source: DataSource | null; onDone: () => void }) {
  const { t } = useTranslation('baseline');
  const save = useBaselineMutation('baseline.saveSource');
  const showSnackbar = useSnackbarStore((state) => state.show);
  const form = useForm({ resolver, mode: 'onChange', defaultValues: toValues(source) });
  const { register, control, formState } = form;
  const licence = useWatch({ control, name: 'licence' });
  const { errors } = formState;

  const { submit, formError } = useSubmitWithFieldErrors(form, save, {
    toInput: (input) => (source ? { ...input, id: source.id } : input),
    onSaved: (saved) => {
      showSnackbar({ text: t('sources.saved', { title: saved.title }) });
      onDone();
    },
  });

  return (
    <form noValidate className="stack" onSubmit={submit}>
      {formError !== null && <ErrorAlert title={t('sources.saveFailed')} error={formError} />}
      <FormField label={t('sources.field.title')} error={errors.title} required>
        {(props) => <input {...props} {...register('title')} type="text" autoComplete="off" />}
      </FormField>
      <FormField label={t('sources.field.identifier')} error={errors.identifier}>
        {(props) => <input {...props} {...register('identifier')} type="text" autoComplete="off" dir="ltr" />}
      </FormField>
      <FormField label={t('sources.field.authorPublisher')} error={errors.authorPublisher}>
        {(props) => <input {...props} {...register('authorPublisher')} type="text" autoComplete="off" />}
      </FormField>
      <FormField label={t('sources.field.citation')} error={errors.citation}>
        {(props) => <textarea {...props} {...register('citation')} rows={2} />}
      </FormField>
      <FormField label={t('sources.field.licence')} error={errors.licence}>
        {(props) => (
          <select {...props} {...register('licence')}>
            <option value="">{t('sources.licence.none')}</option>
            {LICENCES.map((licence) => (
              <option key={licence} value={licence}>
                {licenceLabel(t, licence)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {licence === 'custom' && (
        <FormField label={t('sources.field.customLicenceText')} error={errors.customLicenceText} required>
          {(props) => <textarea {...props} {...register('customLicenceText')} rows={2} />}
        </FormField>
      )}
      <SaveCancelActions saving={save.isPending} onCancel={onDone} />
    </form>
  );
}
