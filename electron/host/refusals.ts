import type { Refusal } from './responses';

export const MAX_COMMAND_BODY_BYTES = 25 * 1024 * 1024;

/**
 * Transport-level refusals of `/api/*` requests. Codes the backend shares use its generic `errors:`
 * messages; what only HTTP callers can get wrong is explained in `locales/<lng>/host.json`.
 */
export const REFUSALS = {
  forbiddenHost: { status: 403, error: { code: 'forbidden', messageKey: 'errors:forbidden', details: { reason: 'host' } } },
  forbiddenOrigin: { status: 403, error: { code: 'forbidden', messageKey: 'errors:forbidden', details: { reason: 'origin' } } },
  unauthorized: { status: 401, error: { code: 'unauthorized', messageKey: 'errors:unauthorized' } },
  noSuchEndpoint: { status: 404, error: { code: 'not_found', messageKey: 'host:errors.noSuchEndpoint' } },
  methodNotAllowed: {
    status: 405,
    headers: { Allow: 'POST' },
    error: { code: 'unsupported', messageKey: 'host:errors.methodNotAllowed' },
  },
  unsupportedMediaType: { status: 415, error: { code: 'unsupported_media_type', messageKey: 'errors:unsupportedMediaType' } },
  payloadTooLarge: {
    status: 413,
    error: { code: 'payload_too_large', messageKey: 'errors:payloadTooLarge', details: { limitMb: MAX_COMMAND_BODY_BYTES / (1024 * 1024) } },
  },
  invalidJson: { status: 400, error: { code: 'validation', messageKey: 'host:errors.invalidJson' } },
} as const satisfies Record<string, Refusal>;
