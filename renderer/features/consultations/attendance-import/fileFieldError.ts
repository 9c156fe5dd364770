import { CommandFailure } from '../../../app/backend/backend';
import { toFormError, type KeyedFieldError } from '../../../components/form/schemaResolver';

/** The backend's refusal about `field` (the file, the mapping), to show next to that control. */
export function fieldErrorAt(error: unknown, field: string): KeyedFieldError | undefined {
  if (!(error instanceof CommandFailure)) return undefined;
  const found = error.fieldErrors.find((fieldError) => fieldError.path[0] === field);
  return found ? toFormError(found, 'server') : undefined;
}

/** A failure that no field shows: the message above the form. */
export function isUnplacedError(error: unknown): boolean {
  return error !== null && fieldErrorAt(error, 'file') === undefined && fieldErrorAt(error, 'mapping') === undefined;
}
