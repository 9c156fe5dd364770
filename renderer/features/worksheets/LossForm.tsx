import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DEGRADATION_PROCESSES, lossInput, type AnticipatedLoss, type DegradationProcess } from '../../../shared/worksheets/schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField } from '../../components/form/FormField';
import { optionalNumber, schemaResolver } from '../../components/form/schemaResolver';
import { useSubmitWithFieldErrors } from '../../components/form/useSubmitWithFieldErrors';
import { useSnackbarStore } from '../../components/snackbarStore';
import { useSaveLoss } from './worksheetQueries';
import { SaveCancelActions } from '../../components/form/SaveCancelActions';

interface LossValues {
  areaKm2: string;
  driver: DegradationProcess | '';
  expectedYear: string;
  notes: string;
}

export interface LossFormProps {
  scenarioId: string;
  landTypeId: string;
  loss: AnticipatedLoss | null;
  onDone: () => void;
}

/** One anticipated loss; validated as you type with the backend's schema. */
export function LossForm({ scenarioId, landTypeId, loss, onDone }: LossFormProps) {
  const { t } = useTranslation(['worksheets', 'common']);
  const save = useSaveLoss();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const [resolver] = useState(() =>
    schemaResolver(lossInput, (values: LossValues) => ({
      scenarioId,
      landTypeId,
      source: 'entered' as const,
      areaKm2: optionalNumber(values.areaKm2),
      driver: values.driver === '' ? undefined : values.driver,
      expectedYear: optionalNumber(values.expectedYear),
      notes: values.notes,
    })),
  );
  const form = useForm({
    resolver,
    mode: 'onChange',
    defaultValues: {
      areaKm2: loss ? String(loss.areaKm2) : '',
      driver: loss?.driver ?? '',
      expectedYear: loss ? String(loss.expectedYear) : '',
      notes: loss?.notes ?? '',
    } satisfies LossValues,
  });
  const { register, formState } = form;
  const { errors } = formState;

  const { submit, formError } = useSubmitWithFieldErrors(form, save, {
    toInput: (input) => (loss ? { ...input, id: loss.id } : input),
    onSaved: () => {
      showSnackbar({ text: t('lossSaved') });
      onDone();
    },
  });

  return (
    <form noValidate className="stack" onSubmit={submit}>
      {formError !== null && <ErrorAlert title={t('saveFailed')} error={formError} />}
      <FormField label={t('field.areaKm2')} error={errors.areaKm2} suffix={t('common:units.km2')} required>
        {(props) => <input {...props} {...register('areaKm2')} type="number" inputMode="decimal" min={0} step="any" />}
      </FormField>
      <FormField label={t('field.driver')} error={errors.driver} required>
        {(props) => (
          <select {...props} {...register('driver')}>
            <option value="" />
            {DEGRADATION_PROCESSES.map((process) => (
              <option key={process} value={process}>
                {t(`driver.${process}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('field.expectedYear')} help={t('help.expectedYear')} error={errors.expectedYear} required>
        {(props) => <input {...props} {...register('expectedYear')} type="number" inputMode="numeric" step={1} />}
      </FormField>
      <FormField label={t('field.notes')} error={errors.notes}>
        {(props) => <textarea {...props} {...register('notes')} rows={2} />}
      </FormField>
      <SaveCancelActions saving={save.isPending} onCancel={onDone} />
    </form>
  );
}
