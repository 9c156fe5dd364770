import { fieldError, type AppError } from '../../errors';

/** A file we cannot read as an attendance sheet: refused on the file field, with a message that says why. */
export function unreadableSheet(reason: string, params?: Record<string, string | number>): AppError {
  return fieldError('validation', { path: ['file'], messageKey: `errors:attendanceSheet.${reason}`, ...(params ? { params } : {}) });
}
