import { z } from 'zod';
import type { FieldError } from './command';

/** Free text a form may leave empty: trimmed, and an empty field is stored as absent. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v === '' ? undefined : v));

/** Options for a refinement that names its own message, so the UI can say exactly what is wrong with the field. */
export const withMessageKey = (messageKey: string) => ({ params: { messageKey } });

/**
 * Turns zod issues into field errors with i18n keys, so the backend's refusal and the form's own
 * validation show the same words next to the same field.
 * A schema can name its own key with `{ params: { messageKey } }` on a refinement.
 */
export function fieldErrorsFromZod(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    return { path, ...messageFor(issue) };
  });
}

function messageFor(issue: z.core.$ZodIssue): Pick<FieldError, 'messageKey' | 'params'> {
  switch (issue.code) {
    case 'custom': {
      const key = (issue.params as { messageKey?: unknown } | undefined)?.messageKey;
      return { messageKey: typeof key === 'string' ? key : 'errors:field.invalid' };
    }
    case 'invalid_type':
      return { messageKey: issue.input === undefined ? 'errors:field.required' : 'errors:field.wrongType' };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { messageKey: 'errors:field.required' }
          : { messageKey: 'errors:field.tooShort', params: { min: Number(issue.minimum) } };
      }
      return {
        messageKey: issue.inclusive ? 'errors:field.atLeast' : 'errors:field.greaterThan',
        params: { min: Number(issue.minimum) },
      };
    case 'too_big':
      if (issue.origin === 'string') return { messageKey: 'errors:field.tooLong', params: { max: Number(issue.maximum) } };
      return { messageKey: 'errors:field.atMost', params: { max: Number(issue.maximum) } };
    case 'invalid_value':
      return { messageKey: 'errors:field.notAllowed' };
    case 'invalid_format':
      return { messageKey: 'errors:field.badFormat' };
    case 'unrecognized_keys':
      return { messageKey: 'errors:field.unknownField' };
    default:
      return { messageKey: 'errors:field.invalid' };
  }
}
