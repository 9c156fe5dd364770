import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { UNCCD_LAND_COVER_CODES } from '../../../../../shared/baseline/classes';
import { ACTION_VERBS, AMBITIONS, HIERARCHY_TYPES, INDICATORS, STRATEGIC_OBJECTIVES } from '../../../../../shared/targets/codes';
import { FormField } from '../../../../components/form/FormField';
import { useCodeLabels } from '../../labels';
import { CheckboxGroup } from '../../../../components/form/CheckboxGroup';
import { CodeSelect } from '../CodeSelect';
import type { TargetFormApi } from '../targetValues';

/** What the target does: the action, the indicator, the land cover, the response hierarchy and the ambition. */
export function WhatStep({ form }: { form: TargetFormApi }) {
  const { t } = useTranslation('targets');
  const labels = useCodeLabels();
  const ambition = useWatch({ control: form.control, name: 'ambition' });
  const options = (list: Parameters<typeof labels.code>[0], codes: readonly string[]) => codes.map((value) => ({ value, label: labels.code(list, value) }));
  return (
    <>
      <CodeSelect form={form} name="actionVerb" label={t('field.actionVerb')} help={t('help.actionVerb')} options={options('actionVerb', ACTION_VERBS)} optional />
      <CheckboxGroup control={form.control} name="indicators" legend={t('field.indicators')} options={options('indicator', INDICATORS)} />
      <CheckboxGroup
        control={form.control}
        name="landCoverClasses"
        legend={t('field.landCoverClasses')}
        options={UNCCD_LAND_COVER_CODES.map((code) => ({ value: String(code), label: labels.landCover(code) }))}
      />
      <CheckboxGroup
        control={form.control}
        name="hierarchyTypes"
        legend={t('field.hierarchyTypes')}
        help={t('help.hierarchyTypes')}
        options={options('hierarchy', HIERARCHY_TYPES)}
      />
      <CodeSelect form={form} name="ambition" label={t('field.ambition')} options={options('ambition', AMBITIONS)} optional />
      {ambition === 'accepted_net_loss' && (
        <FormField label={t('field.ambitionJustification')} error={form.formState.errors.ambitionJustification} required>
          {(props) => <textarea {...props} {...form.register('ambitionJustification')} rows={3} />}
        </FormField>
      )}
      <CodeSelect form={form} name="strategicObjective" label={t('field.strategicObjective')} options={options('strategicObjective', STRATEGIC_OBJECTIVES)} />
    </>
  );
}
