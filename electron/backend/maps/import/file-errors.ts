import { AppError } from '../../errors';

/**
 * A spatial file we cannot read at all. The details fill the message's placeholders (`fileName`, and the
 * `member` of an archive or the `crs` named by the file), so the user knows which file and part to fix.
 */
export function unreadableFile(messageKey: string, details: Record<string, string | number>): AppError {
  return new AppError('validation', messageKey, details);
}
