import { CommandFailure } from '../../../app/backend/backend';
import type { KeyedFieldError } from '../../../components/form/schemaResolver';

/** The field errors of a refused list save, keyed by path ("classes.1.code"), so each cell shows its own. */
export type ListErrors = ReadonlyMap<string, KeyedFieldError>;

export function listErrorsOf(error: unknown): ListErrors {
  const errors = new Map<string, KeyedFieldError>();
  if (!(error instanceof CommandFailure)) return errors;
  for (const field of error.fieldErrors) {
    const key = field.path.join('.');
    if (!errors.has(key)) errors.set(key, { type: 'server', message: field.messageKey, params: field.params });
  }
  return errors;
}

/** True when the refusal was about fields (shown at them) rather than something to show above the form. */
export const isFieldRefusal = (error: unknown) => error instanceof CommandFailure && error.fieldErrors.length > 0;
