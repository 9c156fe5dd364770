import { useTranslation } from 'react-i18next';
import { GAP_PRIORITY_AREAS } from '../../../../../shared/targets/codes';
import { FormField } from '../../../../components/form/FormField';
import { useCodeLabels } from '../../labels';
import { CheckboxGroup } from '../../../../components/form/CheckboxGroup';
import type { TargetFormApi } from '../targetValues';

/** Who and gender: the gender analysis and the Gender Action Plan priority areas the target serves. */
export function WhoStep({ form }: { form: TargetFormApi }) {
  const { t } = useTranslation('targets');
  const labels = useCodeLabels();
  return (
    <>
      <FormField label={t('field.genderNotes')} help={t('help.genderNotes')} error={form.formState.errors.genderNotes}>
        {(props) => <textarea {...props} {...form.register('genderNotes')} rows={4} />}
      </FormField>
      <CheckboxGroup
        control={form.control}
        name="gapPriorityAreas"
        legend={t('field.gapPriorityAreas')}
        options={GAP_PRIORITY_AREAS.map((value) => ({ value, label: labels.code('gapArea', value) }))}
      />
    </>
  );
}
