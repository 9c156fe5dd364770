import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ENDORSEMENT_STATUSES } from '../../../../../shared/targets/codes';
import { FormField } from '../../../../components/form/FormField';
import { useCodeLabels } from '../../labels';
import { CodeSelect } from '../CodeSelect';
import type { TargetFormApi } from '../targetValues';

/** Planning and endorsement: the plan the target is written into, who adopts it, and how far adoption has gone. */
export function PlanningStep({ form }: { form: TargetFormApi }) {
  const { t } = useTranslation('targets');
  const labels = useCodeLabels();
  const adopted = useWatch({ control: form.control, name: 'endorsementStatus' }) === 'officially_adopted';
  const { errors } = form.formState;
  return (
    <>
      <FormField label={t('field.planningInstrument')} help={t('help.planningInstrument')} error={errors.planningInstrument}>
        {(props) => <input {...props} {...form.register('planningInstrument')} type="text" />}
      </FormField>
      <FormField label={t('field.adoptingBody')} error={errors.adoptingBody}>
        {(props) => <input {...props} {...form.register('adoptingBody')} type="text" />}
      </FormField>
      <CodeSelect
        form={form}
        name="endorsementStatus"
        label={t('field.endorsementStatus')}
        options={ENDORSEMENT_STATUSES.map((value) => ({ value, label: labels.code('endorsement', value) }))}
      />
      {adopted && (
        <>
          <FormField label={t('field.endorsementDate')} error={errors.endorsementDate} required>
            {(props) => <input {...props} {...form.register('endorsementDate')} type="date" />}
          </FormField>
          <FormField label={t('field.endorsementInstrument')} help={t('help.endorsementInstrument')} error={errors.endorsementInstrument} required>
            {(props) => <input {...props} {...form.register('endorsementInstrument')} type="text" />}
          </FormField>
        </>
      )}
    </>
  );
}
