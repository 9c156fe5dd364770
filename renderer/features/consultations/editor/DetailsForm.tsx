import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MODALITIES, PURPOSES } from '../../../../shared/consultations/codes';
import { consultationInput } from '../../../../shared/consultations/consultation';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormField } from '../../../components/form/FormField';
import { schemaResolver } from '../../../components/form/schemaResolver';
import { useSubmitWithFieldErrors } from '../../../components/form/useSubmitWithFieldErrors';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { useSaveConsultation } from '../consultationQueries';
import { localToday } from '../useConsultationFormat';
import { toConsultationInput, type ConsultationDetail } from './toConsultationInput';
import { SubmitActions } from '../../../components/form/SubmitActions';

interface DetailsValues {
  title: string;
  status: 'planned' | 'held';
  startDate: string;
  endDate: string;
  place: string;
  modality: (typeof MODALITIES)[number];
  purpose: (typeof PURPOSES)[number];
  facilitator: string;
  agenda: string;
  minutes: string;
}

const orUndefined = (value: string) => (value.trim() === '' ? undefined : value);

const resolver = schemaResolver(consultationInput, (values: DetailsValues) => ({
  ...values,
  startDate: orUndefined(values.startDate),
  endDate: orUndefined(values.endDate),
}));

function toValues(detail: ConsultationDetail | null): DetailsValues {
  return {
    title: detail?.title ?? '',
    status: detail?.status ?? 'held',
    startDate: detail?.startDate ?? localToday(),
    endDate: detail?.endDate ?? '',
    place: detail?.place ?? '',
    modality: detail?.modality ?? 'in_person',
    purpose: detail?.purpose ?? 'process_identification',
    facilitator: detail?.facilitator ?? '',
    agenda: detail?.agenda ?? '',
    minutes: detail?.minutes ?? '',
  };
}

interface DetailsFormProps {
  detail: ConsultationDetail | null;
  onSaved: (saved: ConsultationDetail) => void;
}

/** What, when, where and why; saving keeps the outcomes already recorded. */
export function DetailsForm({ detail, onSaved }: DetailsFormProps) {
  const { t } = useTranslation(['consultations', 'common']);
  const save = useSaveConsultation();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const form = useForm({ resolver, mode: 'onChange', defaultValues: toValues(detail) });
  const { register, reset, formState } = form;
  const { errors, isDirty } = formState;

  const { submit, formError } = useSubmitWithFieldErrors(form, save, {
    toInput: (values) => {
      const { title, status, startDate, endDate, place, modality, purpose, facilitator, agenda, minutes } = values;
      const fields = { title, status, startDate, endDate, place, modality, purpose, facilitator, agenda, minutes };
      return detail ? { ...toConsultationInput(detail), ...fields } : fields;
    },
    onSaved: (saved) => {
      showSnackbar({ text: t('editor.saved', { title: saved.title }) });
      // What is saved is the new starting point: Save stays off until something changes again.
      reset(toValues(saved));
      onSaved(saved);
    },
  });

  return (
    <form noValidate className="stack" aria-label={t('editor.details')} onSubmit={submit}>
      {formError !== null && <ErrorAlert title={t('editor.saveFailed')} error={formError} />}
      <FormField label={t('field.title')} error={errors.title} required>
        {(props) => <input {...props} {...register('title')} type="text" autoComplete="off" />}
      </FormField>
      <div className="field-row">
        <FormField label={t('field.status')} help={t('help.status')} error={errors.status}>
          {(props) => (
            <select {...props} {...register('status')}>
              <option value="held">{t('status.held')}</option>
              <option value="planned">{t('status.planned')}</option>
            </select>
          )}
        </FormField>
        <FormField label={t('field.startDate')} error={errors.startDate} required>
          {(props) => <input {...props} {...register('startDate')} type="date" />}
        </FormField>
        <FormField label={t('field.endDate')} help={t('help.endDate')} error={errors.endDate}>
          {(props) => <input {...props} {...register('endDate')} type="date" />}
        </FormField>
      </div>
      <div className="field-row">
        <FormField label={t('field.place')} error={errors.place}>
          {(props) => <input {...props} {...register('place')} type="text" />}
        </FormField>
        <FormField label={t('field.modality')} error={errors.modality}>
          {(props) => (
            <select {...props} {...register('modality')}>
              {MODALITIES.map((code) => (
                <option key={code} value={code}>
                  {t(`modality.${code}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('field.purpose')} error={errors.purpose}>
          {(props) => (
            <select {...props} {...register('purpose')}>
              {PURPOSES.map((code) => (
                <option key={code} value={code}>
                  {t(`purpose.${code}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField label={t('field.facilitator')} error={errors.facilitator}>
        {(props) => <input {...props} {...register('facilitator')} type="text" />}
      </FormField>
      <FormField label={t('field.agenda')} error={errors.agenda}>
        {(props) => <textarea {...props} {...register('agenda')} rows={3} />}
      </FormField>
      <FormField label={t('field.minutes')} help={t('help.minutes')} error={errors.minutes}>
        {(props) => <textarea {...props} {...register('minutes')} rows={5} />}
      </FormField>
      <SubmitActions disabled={save.isPending || (detail !== null && !isDirty)}>
        {detail ? t('editor.saveDetails') : t('editor.create')}
      </SubmitActions>
    </form>
  );
}
