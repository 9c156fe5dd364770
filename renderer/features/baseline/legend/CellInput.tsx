import { useId, type InputHTMLAttributes } from 'react';
import { FieldMessage } from '../../../components/form/FieldMessage';
import type { KeyedFieldError } from '../../../components/form/schemaResolver';

/** An input inside a table cell: named by `label` (the column header says it to sighted users), its error beneath it. */
export function CellInput({ label, error, ...input }: { label: string; error: KeyedFieldError | undefined } & InputHTMLAttributes<HTMLInputElement>) {
  const errorId = useId();
  return (
    <>
      <input {...input} aria-label={label} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} />
      <FieldMessage id={errorId} error={error} />
    </>
  );
}
