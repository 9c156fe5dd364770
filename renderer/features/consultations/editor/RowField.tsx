import type { ReactElement } from 'react';
import { FieldMessage } from '../../../components/form/FieldMessage';
import type { KeyedFieldError } from '../../../components/form/schemaResolver';

interface RowFieldProps {
  id: string;
  label: string;
  error: KeyedFieldError | undefined;
  /** The control, given the id of the error message when there is one (for aria-describedby). */
  children: (describedBy: string | undefined) => ReactElement;
}

/** One field of an outcome row: its label, its control and, under it, what is wrong with it. */
export function RowField({ id, label, error, children }: RowFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(error?.message ? errorId : undefined)}
      <FieldMessage id={errorId} error={error} />
    </div>
  );
}

/** aria props of a control whose error message is `describedBy`. */
export const invalidProps = (describedBy: string | undefined) => ({ 'aria-describedby': describedBy, 'aria-invalid': describedBy ? (true as const) : undefined });
