import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { FieldError } from '../../../shared/command';
import { CommandFailure } from '../../app/backend/backend';
import { toFormError } from './schemaResolver';

/**
 * Puts the backend's field errors next to the fields they are about (e.g. a duplicate code on
 * "Code"). Returns the ones no field of this form shows, for a message above the form.
 */
export function applyServerErrors<Values extends FieldValues>(
  fieldErrors: readonly FieldError[],
  fieldNames: readonly Path<Values>[],
  setError: UseFormSetError<Values>,
): FieldError[] {
  const unplaced: FieldError[] = [];
  let first = true;
  for (const fieldError of fieldErrors) {
    const name = fieldNames.find((candidate) => candidate === fieldError.path[0]);
    if (name === undefined) {
      unplaced.push(fieldError);
      continue;
    }
    setError(name, toFormError(fieldError, 'server'), { shouldFocus: first });
    first = false;
  }
  return unplaced;
}

/**
 * After a refusal: field errors go next to their fields; returns what still needs saying above
 * the form (the failure itself, or null when every part of it already shows next to a field).
 */
export function placeSubmitError<Values extends FieldValues>(
  error: unknown,
  fieldNames: readonly Path<Values>[],
  setError: UseFormSetError<Values>,
): unknown {
  if (!(error instanceof CommandFailure) || error.fieldErrors.length === 0) return error;
  const unplaced = applyServerErrors(error.fieldErrors, fieldNames, setError);
  return unplaced.length > 0 ? error : null;
}
