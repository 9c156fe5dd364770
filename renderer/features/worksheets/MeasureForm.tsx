import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { measureInput, type ResponseLevel, type ResponseMeasure } from '../../../shared/worksheets/schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField } from '../../components/form/FormField';
import { optionalNumber, schemaResolver } from '../../components/form/schemaResolver';
import { useSubmitWithFieldErrors } from '../../components/form/useSubmitWithFieldErrors';
import { useSnackbarStore } from '../../components/snackbarStore';
import { LinkedTargetsField } from './MeasureTargets';
import { ReverseRoomNote, useReverseRoom, withReverseRoom } from './ReverseRoom';
import { useSaveMeasure } from './worksheetQueries';
import { SaveCancelActions } from '../../components/form/SaveCancelActions';

interface MeasureValues {
  description: string;
  areaKm2: string;
  startYear: string;
  endYear: string;
  slmTechnology: string;
  wocatReference: string;
  effectivenessPercent: string;
  costUsd: string;
  coBenefits: string;
  targetIds: string[];
}

const text = (value: string | null | undefined) => value ?? '';
const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export interface MeasureFormProps {
  scenarioId: string;
  landTypeId: string;
  level: ResponseLevel;
  measure: ResponseMeasure | null;
  onDone: () => void;
}

/** One avoid, reduce or reverse measure; validated as you type with the backend's schema. */
export function MeasureForm({ scenarioId, landTypeId, level, measure, onDone }: MeasureFormProps) {
  const { t } = useTranslation(['worksheets', 'common']);
  const save = useSaveMeasure();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const [schemaCheck] = useState(() =>
    schemaResolver(measureInput, (values: MeasureValues) => ({
      ...values,
      scenarioId,
      landTypeId,
      level,
      areaKm2: optionalNumber(values.areaKm2),
      startYear: optionalNumber(values.startYear),
      endYear: optionalNumber(values.endYear),
      effectivenessPercent: optionalNumber(values.effectivenessPercent),
      costUsd: optionalNumber(values.costUsd),
    })),
  );
  const room = useReverseRoom(scenarioId, landTypeId, level, measure?.id);
  const form = useForm({
    resolver: withReverseRoom(schemaCheck, room, (values) => optionalNumber(values.areaKm2)),
    mode: 'onChange',
    defaultValues: {
      description: text(measure?.description),
      areaKm2: numberText(measure?.areaKm2),
      startYear: numberText(measure?.startYear),
      endYear: numberText(measure?.endYear),
      slmTechnology: text(measure?.slmTechnology),
      wocatReference: text(measure?.wocatReference),
      effectivenessPercent: numberText(measure?.effectivenessPercent),
      costUsd: numberText(measure?.costUsd),
      coBenefits: text(measure?.coBenefits),
      targetIds: measure?.targetIds ?? [],
    } satisfies MeasureValues,
  });
  const { register, control, formState } = form;
  const { errors } = formState;

  const { submit, formError } = useSubmitWithFieldErrors(form, save, {
    toInput: (input) => (measure ? { ...input, id: measure.id } : input),
    onSaved: (saved) => {
      showSnackbar({ text: t('measureSaved', { description: saved.description }) });
      onDone();
    },
  });

  return (
    <form noValidate className="stack" onSubmit={submit}>
      {formError !== null && <ErrorAlert title={t('saveFailed')} error={formError} />}
      <ReverseRoomNote room={room} />
      <FormField label={t('field.description')} error={errors.description} required>
        {(props) => <input {...props} {...register('description')} type="text" autoComplete="off" />}
      </FormField>
      <FormField label={t('field.areaKm2')} error={errors.areaKm2} suffix={t('common:units.km2')} required>
        {(props) => <input {...props} {...register('areaKm2')} type="number" inputMode="decimal" min={0} step="any" />}
      </FormField>
      <div className="field-row">
        <FormField label={t('field.startYear')} error={errors.startYear} required>
          {(props) => <input {...props} {...register('startYear')} type="number" inputMode="numeric" step={1} />}
        </FormField>
        <FormField label={t('field.endYear')} help={t('help.endYear')} error={errors.endYear} required>
          {(props) => <input {...props} {...register('endYear', { deps: ['startYear'] })} type="number" inputMode="numeric" step={1} />}
        </FormField>
      </div>
      <FormField label={t('field.slmTechnology')} error={errors.slmTechnology}>
        {(props) => <input {...props} {...register('slmTechnology')} type="text" autoComplete="off" />}
      </FormField>
      <FormField label={t('field.wocatReference')} help={t('help.wocatReference')} error={errors.wocatReference}>
        {(props) => <input {...props} {...register('wocatReference')} type="text" autoComplete="off" spellCheck={false} />}
      </FormField>
      <div className="field-row">
        <FormField
          label={t('field.effectivenessPercent')}
          help={t('help.effectivenessPercent')}
          error={errors.effectivenessPercent}
          suffix={t('unit.percent')}
        >
          {(props) => <input {...props} {...register('effectivenessPercent')} type="number" inputMode="decimal" min={0} max={100} step="any" />}
        </FormField>
        <FormField label={t('field.costUsd')} error={errors.costUsd} suffix={t('unit.usd')}>
          {(props) => <input {...props} {...register('costUsd')} type="number" inputMode="decimal" min={0} step="any" />}
        </FormField>
      </div>
      <FormField label={t('field.coBenefits')} error={errors.coBenefits}>
        {(props) => <textarea {...props} {...register('coBenefits')} rows={2} />}
      </FormField>
      <LinkedTargetsField control={control} name="targetIds" />
      <SaveCancelActions saving={save.isPending} onCancel={onDone} />
    </form>
  );
}
