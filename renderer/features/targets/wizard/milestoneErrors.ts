import type { FieldErrors } from 'react-hook-form';
import type { FieldError } from '../../../../shared/command';
import { fieldErrorsFromZod } from '../../../../shared/validation';
import { targetInput, type TargetInput } from '../../../../shared/targets/schema';
import { CommandFailure } from '../../../app/backend/backend';
import { toFormError, type KeyedFieldError } from '../../../components/form/schemaResolver';
import type { TargetFormApi, TargetValues } from './targetValues';

type MilestoneColumn = 'year' | 'value';
export type MilestonePath = `milestones.${number}.${MilestoneColumn}`;

/** A refusal about one cell of the milestones table: `['milestones', row, 'year' | 'value']`. */
const isRowError = (field: FieldError) => field.path[0] === 'milestones' && typeof field.path[1] === 'number';
const pathOf = (field: FieldError): MilestonePath => `milestones.${field.path[1] as number}.${field.path[2] === 'value' ? 'value' : 'year'}`;

/**
 * The schema's refusals of milestones, each at its row and column, in the shape react-hook-form gives a
 * field array. The form's resolver names a field by the first segment of its path only, which would put
 * every milestone's error on the table as a whole.
 */
export function milestoneRowErrors(input: TargetInput): FieldErrors<TargetValues>['milestones'] {
  const result = targetInput.safeParse(input);
  if (result.success) return undefined;
  const rows: Partial<Record<MilestoneColumn, KeyedFieldError>>[] = [];
  for (const field of fieldErrorsFromZod(result.error).filter(isRowError)) {
    const row = (rows[field.path[1] as number] ??= {});
    row[field.path[2] === 'value' ? 'value' : 'year'] ??= toFormError(field, 'validation');
  }
  return rows.length > 0 ? rows : undefined;
}

/** The first cell of the table with an error, to take the focus. */
export function firstMilestoneError(errors: FieldErrors<TargetValues>['milestones']): MilestonePath | undefined {
  if (!Array.isArray(errors)) return undefined;
  const row = errors.findIndex((cell) => cell !== undefined);
  if (row < 0) return undefined;
  const cells = errors[row] as Partial<Record<MilestoneColumn, unknown>>;
  return `milestones.${row}.${cells.year ? 'year' : 'value'}`;
}

/**
 * After a refusal of `targets.save`: the backend's milestone errors go to their rows; returns the failure
 * without them (for the other fields and the message above the form) and the first row cell refused.
 */
export function placeMilestoneErrors(error: unknown, setError: TargetFormApi['setError']): { rest: unknown; first?: MilestonePath } {
  if (!(error instanceof CommandFailure)) return { rest: error };
  const rowErrors = error.fieldErrors.filter(isRowError);
  if (rowErrors.length === 0) return { rest: error };
  rowErrors.forEach((field) => setError(pathOf(field), toFormError(field, 'server')));
  const others = error.fieldErrors.filter((field) => !isRowError(field));
  const rest = others.length > 0 ? new CommandFailure({ ...error.error, details: { ...error.error.details, fields: others } }) : null;
  return { rest, first: pathOf(rowErrors[0]!) };
}
