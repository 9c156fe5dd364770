
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form/FormField';
import type { KeyedFieldError } from '../../../components/form/schemaResolver';
import type { TargetFormApi, TargetValues } from './targetValues';

interface CodeSelectProps {
  form: TargetFormApi;
  name: keyof TargetValues;
  label: string;
  help?: string;
  options: readonly { value: string; label: string }[];
  /** Offer "not chosen" (''): for optional codes. */
  optional?: boolean;
  required?: boolean;
}

/** A code list as a drop-down, its labels in the active language. */
export function CodeSelect({ form, name, label, help, options, optional = false, required = false }: CodeSelectProps) {
  const { t } = useTranslation('targets');
  const error = form.formState.errors[name] as KeyedFieldError | undefined;
  return (
    <FormField label={label} help={help} error={error} required={required}>
      {(props) => (
        <select {...props} {...form.register(name)}>
          {optional && <option value="">{t('wizard.notChosen')}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
