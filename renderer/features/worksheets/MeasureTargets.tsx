import type { Control, FieldPathByValue, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../components/form/CheckboxGroup';
import { useTargets } from '../targets/targetQueries';

interface LinkedTargetsFieldProps<Values extends FieldValues, Output> {
  control: Control<Values, unknown, Output>;
  /** The form field holding the ids of the linked targets. */
  name: FieldPathByValue<Values, string[]>;
}

/** The live LDN targets a measure can work towards, as checkboxes; nothing while the workspace has none. */
export function LinkedTargetsField<Values extends FieldValues, Output>({ control, name }: LinkedTargetsFieldProps<Values, Output>) {
  const { t } = useTranslation('worksheets');
  const targets = useTargets().data?.items ?? [];
  if (targets.length === 0) return null;
  return (
    <CheckboxGroup
      control={control}
      name={name}
      legend={t('field.targetIds')}
      help={t('help.targetIds')}
      options={targets.map((target) => ({ value: target.id, label: target.text }))}
    />
  );
}

/** The texts of a measure's linked targets, shown with the measure. */
export function LinkedTargetsList({ targetIds }: { targetIds: readonly string[] }) {
  const { t } = useTranslation('worksheets');
  const targets = useTargets().data?.items ?? [];
  const linked = targets.filter((target) => targetIds.includes(target.id));
  if (linked.length === 0) return null;
  return (
    <div className="worksheet__linked-targets">
      <span className="muted">{t('field.targetIds')}</span>
      <ul>
        {linked.map((target) => (
          <li key={target.id}>{target.text}</li>
        ))}
      </ul>
    </div>
  );
}
