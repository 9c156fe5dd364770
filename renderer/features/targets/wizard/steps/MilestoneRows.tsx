import { useId, useRef } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../../components/form/FormField';
import type { KeyedFieldError } from '../../../../components/form/schemaResolver';
import { useCodeLabels } from '../../labels';
import type { TargetFormApi } from '../targetValues';

type RowErrors = { year?: KeyedFieldError; value?: KeyedFieldError } | undefined;

/**
 * The target's milestones: a year and the value due by then, as many rows as needed. A refused year or
 * value is shown at its own row; "Add milestone" puts the focus in the new row's year.
 */
export function MilestoneRows({ form }: { form: TargetFormApi }) {
  const { t } = useTranslation('targets');
  const labels = useCodeLabels();
  const id = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'milestones' });
  const unit = useWatch({ control: form.control, name: 'targetUnit' });
  const rowErrors = (form.formState.errors.milestones ?? []) as RowErrors[];
  const removeRow = (index: number) => {
    remove(index);
    // The removed row's button is gone: the focus goes somewhere that still exists.
    addButton.current?.focus();
  };
  return (
    <fieldset className="field milestone-rows" aria-describedby={`${id}-help`}>
      <legend className="field__label">{t('field.milestones')}</legend>
      <p id={`${id}-help`} className="field__help">
        {t('milestones.help')}
      </p>
      {fields.length === 0 && <p className="muted">{t('milestones.none')}</p>}
      <ol className="milestone-rows__list">
        {fields.map((row, index) => {
          const number = index + 1;
          return (
            <li key={row.id} className="milestone-rows__row">
              <FormField label={t('milestones.year', { number })} error={rowErrors[index]?.year} required>
                {(props) => <input {...props} {...form.register(`milestones.${index}.year`)} type="number" inputMode="numeric" step={1} />}
              </FormField>
              <FormField label={t('milestones.value', { number })} error={rowErrors[index]?.value} suffix={unit ? labels.code('unit', unit) : undefined} required>
                {(props) => <input {...props} {...form.register(`milestones.${index}.value`)} type="number" inputMode="decimal" min={0} step="any" />}
              </FormField>
              <button type="button" className="button button--small button--quiet" aria-label={t('milestones.removeLabel', { number })} onClick={() => removeRow(index)}>
                {t('milestones.remove')}
              </button>
            </li>
          );
        })}
      </ol>
      <div>
        <button ref={addButton} type="button" className="button" onClick={() => append({ year: '', value: '' })}>
          {t('milestones.add')}
        </button>
      </div>
    </fieldset>
  );
}
