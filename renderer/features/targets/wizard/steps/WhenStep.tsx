import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TARGET_STATUSES } from '../../../../../shared/targets/codes';
import { FormField } from '../../../../components/form/FormField';
import { useCodeLabels } from '../../labels';
import { CodeSelect } from '../CodeSelect';
import { ACHIEVED, type TargetFormApi } from '../targetValues';
import { MilestoneRows } from './MilestoneRows';

/** When: the start and target years, the milestones between them, and how far the target has come. */
export function WhenStep({ form }: { form: TargetFormApi }) {
  const { t } = useTranslation('targets');
  const labels = useCodeLabels();
  const status = useWatch({ control: form.control, name: 'status' });
  const { errors } = form.formState;
  return (
    <>
      <FormField label={t('field.startYear')} error={errors.startYear}>
        {(props) => <input {...props} {...form.register('startYear')} type="number" inputMode="numeric" step={1} />}
      </FormField>
      <FormField label={t('field.targetYear')} help={t('help.targetYear')} error={errors.targetYear} required>
        {(props) => <input {...props} {...form.register('targetYear')} type="number" inputMode="numeric" step={1} />}
      </FormField>
      <MilestoneRows form={form} />
      <CodeSelect form={form} name="status" label={t('field.status')} options={TARGET_STATUSES.map((value) => ({ value, label: labels.code('status', value) }))} />
      {status === ACHIEVED && (
        <FormField label={t('field.achievedYear')} help={t('milestones.achievedYearHelp')} error={errors.achievedYear}>
          {(props) => <input {...props} {...form.register('achievedYear')} type="number" inputMode="numeric" step={1} />}
        </FormField>
      )}
    </>
  );
}
