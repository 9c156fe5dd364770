import { useId, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldMessage } from './FieldMessage';
import type { KeyedFieldError } from './schemaResolver';

/** Props that tie a control to its label, help text and error message. */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
}

interface FormFieldProps {
  label: string;
  help?: ReactNode;
  error?: KeyedFieldError | undefined;
  required?: boolean;
  /** Unit shown after the control, e.g. km². */
  suffix?: ReactNode;
  children: (control: ControlProps) => ReactElement;
}

export function FormField({ label, help, error, required = false, suffix, children }: FormFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [help ? helpId : null, error?.message ? errorId : null].filter(Boolean).join(' ');
  const control = children({
    id,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error?.message ? true : undefined,
    'aria-required': required || undefined,
  });
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
        {required && <span className="field__required"> {t('form.required')}</span>}
      </label>
      {suffix ? (
        <div className="field__with-suffix">
          {control}
          <span className="field__suffix">{suffix}</span>
        </div>
      ) : (
        control
      )}
      {help && (
        <p id={helpId} className="field__help">
          {help}
        </p>
      )}
      <FieldMessage id={errorId} error={error} />
    </div>
  );
}
