import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { HIERARCHY_TYPES, MEASURE_TYPES } from '../../../../shared/targets/codes';
import { targetMeasureInput, type TargetMeasure } from '../../../../shared/targets/schema';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormField } from '../../../components/form/FormField';
import { SaveCancelActions } from '../../../components/form/SaveCancelActions';
import { optionalNumber, schemaResolver } from '../../../components/form/schemaResolver';
import { useSubmitWithFieldErrors } from '../../../components/form/useSubmitWithFieldErrors';
import { useLandTypes } from '../../landtypes/landTypeQueries';
import { useCodeLabels } from '../labels';
import { useSaveMeasure } from '../targetQueries';

interface MeasureValues {
  measureType: string;
  description: string;
  hierarchyLevel: string;
  landTypeId: string;
  expectedGainKm2: string;
  expectedAvoidedLossKm2: string;
  effectivenessPercent: string;
  slmTechnology: string;
  wocatReference: string;
}
const text = (value: string | null | undefined) => value ?? '';
const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

function toValues(measure: TargetMeasure | null): MeasureValues {
  return {
    measureType: measure?.measureType ?? 'slm',
    description: text(measure?.description),
    hierarchyLevel: measure?.hierarchyLevel ?? 'reverse',
    landTypeId: text(measure?.landTypeId),
    expectedGainKm2: numberText(measure?.expectedGainKm2),
    expectedAvoidedLossKm2: numberText(measure?.expectedAvoidedLossKm2),
    effectivenessPercent: numberText(measure?.effectivenessPercent),
    slmTechnology: text(measure?.slmTechnology),
    wocatReference: text(measure?.wocatReference),
  };
}

/** A measure of a target: type, level of the response hierarchy, land type, expected effect and SLM technology. */
export function MeasureForm({ targetId, measure, onDone }: { targetId: string; measure: TargetMeasure | null; onDone: () => void }) {
  const { t } = useTranslation(['targets', 'common']);
  const labels = useCodeLabels();
  const landTypes = useLandTypes().data?.items ?? [];
  const save = useSaveMeasure();
  const resolver = schemaResolver(targetMeasureInput, (values: MeasureValues) => ({
    ...(measure ? { id: measure.id } : {}),
    targetId,
    measureType: values.measureType as TargetMeasure['measureType'],
    description: values.description,
    hierarchyLevel: values.hierarchyLevel as TargetMeasure['hierarchyLevel'],
    landTypeId: values.landTypeId === '' ? undefined : values.landTypeId,
    expectedGainKm2: optionalNumber(values.expectedGainKm2),
    expectedAvoidedLossKm2: optionalNumber(values.expectedAvoidedLossKm2),
    effectivenessPercent: optionalNumber(values.effectivenessPercent),
    slmTechnology: values.slmTechnology,
    wocatReference: values.wocatReference,
  }));
  const form = useForm({ resolver, mode: 'onTouched', defaultValues: toValues(measure) });
  const { register, formState: { errors } } = form;
  const { submit, formError } = useSubmitWithFieldErrors(form, save, { onSaved: onDone });
  const area = (name: 'expectedGainKm2' | 'expectedAvoidedLossKm2') => (
    <FormField label={t(`measure.${name}`)} error={errors[name]} suffix={t('common:units.km2')}>
      {(props) => <input {...props} {...register(name)} type="number" inputMode="decimal" min={0} step="any" />}
    </FormField>
  );
  return (
    <form noValidate className="stack" onSubmit={submit}>
      {formError !== null && <ErrorAlert title={t('measure.saveFailed')} error={formError} />}
      <FormField label={t('measure.measureType')} error={errors.measureType} required>
        {(props) => (
          <select {...props} {...register('measureType')}>
            {MEASURE_TYPES.map((code) => <option key={code} value={code}>{labels.code('measureType', code)}</option>)}
          </select>
        )}
      </FormField>
      <FormField label={t('measure.description')} error={errors.description} required>
        {(props) => <textarea {...props} {...register('description')} rows={2} />}
      </FormField>
      <FormField label={t('measure.hierarchyLevel')} error={errors.hierarchyLevel} required>
        {(props) => (
          <select {...props} {...register('hierarchyLevel')}>
            {HIERARCHY_TYPES.map((code) => <option key={code} value={code}>{labels.code('hierarchy', code)}</option>)}
          </select>
        )}
      </FormField>
      <FormField label={t('measure.landTypeId')} error={errors.landTypeId}>
        {(props) => (
          <select {...props} {...register('landTypeId')}>
            <option value="">{t('wizard.notChosen')}</option>
            {landTypes.map((landType) => <option key={landType.id} value={landType.id}>{`${landType.code} · ${landType.name}`}</option>)}
          </select>
        )}
      </FormField>
      {area('expectedGainKm2')}
      {area('expectedAvoidedLossKm2')}
      <FormField label={t('measure.effectivenessPercent')} help={t('measure.effectivenessHelp')} error={errors.effectivenessPercent} suffix="%">
        {(props) => <input {...props} {...register('effectivenessPercent')} type="number" inputMode="decimal" min={0} max={100} step="any" />}
      </FormField>
      <FormField label={t('measure.slmTechnology')} error={errors.slmTechnology}>
        {(props) => <input {...props} {...register('slmTechnology')} type="text" />}
      </FormField>
      <FormField label={t('measure.wocatReference')} help={t('measure.wocatHelp')} error={errors.wocatReference}>
        {(props) => <input {...props} {...register('wocatReference')} type="text" dir="ltr" />}
      </FormField>
      <SaveCancelActions saving={save.isPending} onCancel={onDone} />
    </form>
  );
}
