import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { UNCCD_LAND_COVER_CLASSES } from '../../../../shared/baseline/classes';
import { conversionInput, type PlanZoneConversion } from '../../../../shared/plans/schema';
import { DEGRADATION_PROCESSES, type DegradationProcess } from '../../../../shared/worksheets/schema';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormField } from '../../../components/form/FormField';
import { SaveCancelActions } from '../../../components/form/SaveCancelActions';
import { optionalNumber, schemaResolver } from '../../../components/form/schemaResolver';
import { useSubmitWithFieldErrors } from '../../../components/form/useSubmitWithFieldErrors';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { usePlanLabels } from '../labels';
import { useSaveConversion } from '../planQueries';

interface ConversionValues {
  fromClass: string;
  toClass: string;
  areaKm2: string;
  expectedYear: string;
  driver: DegradationProcess | '';
}

function toValues(conversion: PlanZoneConversion | null): ConversionValues {
  return {
    fromClass: conversion ? String(conversion.fromClass) : '',
    toClass: conversion ? String(conversion.toClass) : '',
    areaKm2: conversion ? String(conversion.areaKm2) : '',
    expectedYear: conversion ? String(conversion.expectedYear) : '',
    driver: conversion?.driver ?? '',
  };
}

interface ConversionFormProps {
  zoneId: string;
  conversion: PlanZoneConversion | null;
  onDone: () => void;
}

/** A planned land-cover conversion: from which UNCCD class to which, how much, when, and why. */
export function ConversionForm({ zoneId, conversion, onDone }: ConversionFormProps) {
  const { t } = useTranslation(['plans', 'common']);
  const labels = usePlanLabels();
  const save = useSaveConversion();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const [resolver] = useState(() =>
    schemaResolver(conversionInput, (values: ConversionValues) => ({
      zoneId,
      fromClass: optionalNumber(values.fromClass),
      toClass: optionalNumber(values.toClass),
      areaKm2: optionalNumber(values.areaKm2),
      expectedYear: optionalNumber(values.expectedYear),
      driver: values.driver === '' ? undefined : values.driver,
    })),
  );
  const form = useForm({ resolver, mode: 'onChange', defaultValues: toValues(conversion) });
  const { register, formState } = form;
  const { errors } = formState;

  const { submit, formError } = useSubmitWithFieldErrors(form, save, {
    toInput: (input) => (conversion ? { ...input, id: conversion.id } : input),
    onSaved: (saved) => {
      showSnackbar({ text: t(saved.isLoss ? 'conversion.savedLoss' : 'conversion.saved') });
      onDone();
    },
  });

  const classOptions = UNCCD_LAND_COVER_CLASSES.map(({ code }) => (
    <option key={code} value={code}>
      {labels.landCover(code)}
    </option>
  ));
  return (
    <form noValidate className="stack" onSubmit={submit}>
      {formError !== null && <ErrorAlert title={t('saveFailed')} error={formError} />}
      <div className="plan-form__pair">
        <FormField label={t('conversion.field.fromClass')} error={errors.fromClass} required>
          {(props) => (
            <select {...props} {...register('fromClass', { deps: ['toClass'] })}>
              <option value="" />
              {classOptions}
            </select>
          )}
        </FormField>
        <FormField label={t('conversion.field.toClass')} error={errors.toClass} required>
          {(props) => (
            <select {...props} {...register('toClass')}>
              <option value="" />
              {classOptions}
            </select>
          )}
        </FormField>
      </div>
      <FormField label={t('conversion.field.areaKm2')} help={t('conversion.help.areaKm2')} error={errors.areaKm2} suffix={t('common:units.km2')} required>
        {(props) => <input {...props} {...register('areaKm2')} type="number" inputMode="decimal" min={0} step="any" />}
      </FormField>
      <FormField label={t('conversion.field.expectedYear')} error={errors.expectedYear} required>
        {(props) => <input {...props} {...register('expectedYear')} type="number" inputMode="numeric" step={1} />}
      </FormField>
      <FormField label={t('conversion.field.driver')} help={t('conversion.help.driver')} error={errors.driver} required>
        {(props) => (
          <select {...props} {...register('driver')}>
            <option value="" />
            {DEGRADATION_PROCESSES.map((process) => (
              <option key={process} value={process}>
                {labels.driver(process)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <SaveCancelActions saving={save.isPending} onCancel={onDone} />
    </form>
  );
}
