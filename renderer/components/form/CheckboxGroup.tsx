import { useId } from 'react';
import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { FieldMessage } from './FieldMessage';
import type { KeyedFieldError } from './schemaResolver';

interface CheckboxGroupProps<Values extends FieldValues, Output> {
  control: Control<Values, unknown, Output>;
  /** A field that holds a set of codes or ids. */
  name: FieldPathByValue<Values, string[]>;
  legend: string;
  help?: string;
  options: readonly { value: string; label: string }[];
}

/**
 * A set of codes as a group of checkboxes. Managed as one array value (a lone checkbox in
 * react-hook-form would otherwise give a boolean); the first box takes the focus when the group is asked to.
 */
export function CheckboxGroup<Values extends FieldValues, Output>({ control, name, legend, help, options }: CheckboxGroupProps<Values, Output>) {
  const id = useId();
  const { field, fieldState } = useController({ control, name });
  const selected = field.value as string[];
  const error: KeyedFieldError | undefined = fieldState.error;
  const describedBy = [help ? `${id}-help` : null, error?.message ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const toggle = (value: string, checked: boolean) =>
    field.onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  return (
    <fieldset className="field checkbox-group" aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
      {help && (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      )}
      <div className="checkbox-group__options">
        {options.map((option, index) => (
          <label key={option.value} className="radio">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              onBlur={field.onBlur}
              ref={index === 0 ? field.ref : undefined}
              aria-invalid={error?.message ? true : undefined}
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldMessage id={`${id}-error`} error={error} />
    </fieldset>
  );
}
