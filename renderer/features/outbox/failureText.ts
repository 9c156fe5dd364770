import type { TFunction } from 'i18next';
import type { OutboxFailure } from '../../../shared/outbox/schema';

/** "The receiver answered 503: …" — the reason in words, with the HTTP status when there was one. */
export function failureText(t: TFunction<'outbox'>, failure: OutboxFailure): string {
  const reason = t(`reason.${failure.reason}`);
  return failure.httpStatus === null ? reason : t('reasonWithStatus', { reason, status: failure.httpStatus });
}
