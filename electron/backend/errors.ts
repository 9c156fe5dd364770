import type { CommandError, ErrorCode, FieldError } from '../../shared/command';

/** A refusal a handler raises on purpose; the dispatcher turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly details?: CommandError['details'],
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'AppError';
  }

  toCommandError(): CommandError {
    return this.details ? { code: this.code, messageKey: this.messageKey, details: this.details } : { code: this.code, messageKey: this.messageKey };
  }
}

/** The i18n key of an error code: `not_a_workspace` → `errors:notAWorkspace`. */
export function messageKeyOf(code: ErrorCode): string {
  return `errors:${code.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())}`;
}

export function appError(code: ErrorCode, details?: CommandError['details']): AppError {
  return new AppError(code, messageKeyOf(code), details);
}

/** A refusal tied to input fields, shown next to those fields in the UI. */
export function fieldError(code: ErrorCode, field: FieldError): AppError {
  return new AppError(code, field.messageKey, { fields: [field] });
}
