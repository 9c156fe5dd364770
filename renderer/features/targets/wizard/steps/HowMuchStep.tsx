import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../../../shared/targets/codes';
import { unitsFor } from '../../../../../shared/targets/units';
import { FormField } from '../../../../components/form/FormField';
import { useCodeLabels } from '../../labels';
import { CodeSelect } from '../CodeSelect';
import type { TargetFormApi } from '../targetValues';

/** How much: the target value in a unit that fits the indicators, and the baseline it is measured against. */
export function HowMuchStep({ form }: { form: TargetFormApi }) {
  const { t } = useTranslation('targets');
  const labels = useCodeLabels();
  const indicators = useWatch({ control: form.control, name: 'indicators' }) as Indicator[];
  const { errors } = form.formState;
  const numberInput = { type: 'number', inputMode: 'decimal', min: 0, step: 'any' } as const;
  return (
    <>
      <FormField label={t('field.targetValue')} help={t('help.targetValue')} error={errors.targetValue}>
        {(props) => <input {...props} {...form.register('targetValue')} {...numberInput} />}
      </FormField>
      <CodeSelect
        form={form}
        name="targetUnit"
        label={t('field.targetUnit')}
        help={t('help.targetUnit')}
        options={unitsFor(indicators).map((unit) => ({ value: unit, label: labels.code('unit', unit) }))}
        optional
      />
      <FormField label={t('field.baselineValue')} help={t('help.baselineValue')} error={errors.baselineValue}>
        {(props) => <input {...props} {...form.register('baselineValue')} {...numberInput} />}
      </FormField>
      <FormField label={t('field.baselineYear')} error={errors.baselineYear}>
        {(props) => <input {...props} {...form.register('baselineYear')} type="number" inputMode="numeric" step={1} />}
      </FormField>
    </>
  );
}
