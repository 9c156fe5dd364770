import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DEGRADATION_PROCESSES, lossInput, type AnticipatedLoss, type DegradationProcess } from '../../../shared/worksheets/schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { placeSubmitError } from '../../components/form/applyServerErrors';
import { FormField } from '../../components/form/FormField';
import { optionalNumber, schemaResolver } from '../../components/form/schemaResolver';
import { useSnackbarStore } from '../../components/snackbarStore';
import { useSaveLoss } from './worksheetQueries';
import { SaveCancelActions } from '../../components/form/SaveCancelActions';

interface LossValues {
  areaKm2: string;
  driver: DegradationProcess | '';
  expectedYear: string;
  notes: string;
}

const FIELDS: Path<LossValues>[] = ['areaKm2', 'driver', 'expectedYear', 'notes'];

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
  const [formError, setFormError] = useState<unknown>(null);
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
  const { register, handleSubmit, setError, formState } = useForm({
    resolver,
    mode: 'onChange',
    defaultValues: {
      areaKm2: loss ? String(loss.areaKm2) : '',
      driver: loss?.driver ?? '',
      expectedYear: loss ? String(loss.expectedYear) : '',
      notes: loss?.notes ?? '',
    } satisfies LossValues,
  });
  const { errors } = formState;

  const submit = handleSubmit((input) => {
    setFormError(null);
    save.mutate(loss ? { ...input, id: loss.id } : input, {
      onSuccess: () => {
        showSnackbar({ text: t('lossSaved') });
        onDone();
      },
      onError: (error) => setFormError(placeSubmitError(error, FIELDS, setError)),
    });
  });

  return (
    <form noValidate className="stack" onSubmit={(event) => void submit(event)}>
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
