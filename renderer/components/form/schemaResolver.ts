import type { FieldError as FormFieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { FieldError } from '../../../shared/command';
import { fieldErrorsFromZod } from '../../../shared/validation';

/** A form error whose `message` is an i18n key; `params` fill its placeholders. */
export type KeyedFieldError = FormFieldError & { params?: FieldError['params'] };

export function toFormError(field: FieldError, type: string): KeyedFieldError {
  return { type, message: field.messageKey, params: field.params };
}

/**
 * Validates a form with the same zod schema and the same issue → message mapping
 * (`fieldErrorsFromZod`) as the backend, so a field says the same words whoever refuses it.
 * `toInput` turns the form's strings into the command's input (numbers, optional fields); a value
 * it leaves undefined is reported by the schema as missing.
 * Forms here are flat: a field is named by the first segment of the zod path.
 */
export function schemaResolver<Values extends FieldValues, Schema extends z.ZodType>(
  schema: Schema,
  toInput: (values: Values) => Partial<z.input<Schema>>,
): Resolver<Values, unknown, z.output<Schema>> {
  return (values) => {
    const result = schema.safeParse(toInput(values));
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, KeyedFieldError> = {};
    for (const field of fieldErrorsFromZod(result.error)) {
      const name = String(field.path[0] ?? 'root');
      errors[name] ??= toFormError(field, 'validation');
    }
    return { values: {}, errors: errors as FieldErrors<Values> };
  };
}

/** '' → undefined (an empty number field), anything else → a number (NaN if it is not one). */
export function optionalNumber(value: string): number | undefined {
  return value.trim() === '' ? undefined : Number(value);
}
