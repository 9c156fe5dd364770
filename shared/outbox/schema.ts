import { z } from 'zod';

/**
 * The outbox: packages waiting to leave this computer. It lives in the app's data folder, not in a
 * workspace, so a queued submission survives closing the workspace and quitting the app.
 */

/** 'endpoint': the configured submission endpoint (uploaded by the app); 'prais': uploaded by hand to PRAIS. */
export const OUTBOX_DESTINATIONS = ['endpoint', 'prais'] as const;
export const outboxDestination = z.enum(OUTBOX_DESTINATIONS);
export type OutboxDestination = z.infer<typeof outboxDestination>;

/** 'ready' is the end state of a 'prais' item: the package waits for the user to upload it on the PRAIS site. */
export const OUTBOX_STATES = ['queued', 'sending', 'sent', 'failed', 'ready'] as const;
export const outboxState = z.enum(OUTBOX_STATES);
export type OutboxState = z.infer<typeof outboxState>;

/** Why the last attempt did not deliver; each has a message in locales/<lng>/outbox.json (`reason.<code>`). */
export const OUTBOX_FAILURE_REASONS = [
  'offline',
  'connection_lost',
  'timeout',
  'server_error',
  'rejected',
  'invalid_receipt',
  'file_missing',
  'file_changed',
  'no_endpoint',
] as const;
export const outboxFailureReason = z.enum(OUTBOX_FAILURE_REASONS);
export type OutboxFailureReason = z.infer<typeof outboxFailureReason>;

export const outboxFailure = z.object({ reason: outboxFailureReason, httpStatus: z.number().int().nullable() });
export type OutboxFailure = z.infer<typeof outboxFailure>;

/** What the receiver answered (2xx JSON), kept as received. */
export const outboxReceipt = z.record(z.string(), z.unknown());

export const outboxItem = z.object({
  id: z.string(),
  path: z.string(),
  fileName: z.string(),
  /** sha256 of the package file (the .zip); also the upload's Idempotency-Key. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  destination: outboxDestination,
  state: outboxState,
  attempts: z.number().int().nonnegative(),
  /** When the uploader may try again (ISO time); null when nothing is scheduled. */
  nextAttemptAt: z.string().nullable(),
  lastFailure: outboxFailure.nullable(),
  receipt: outboxReceipt.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  sentAt: z.string().nullable(),
  /** Removed items stay in the file until the next removal, so "Undo" can bring them back. */
  removedAt: z.string().nullable(),
});
export type OutboxItem = z.infer<typeof outboxItem>;

export const OUTBOX_ENDPOINT_MAX_LENGTH = 2000;

/** The PRAIS portal, where a 'prais' package is uploaded by hand (on the shell's external-link allow-list). */
export const PRAIS_URL = 'https://prais.unccd.int/';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Why an endpoint URL is refused, as a message key, or null when it is acceptable: https anywhere, plain
 * http only on this computer (a receiver for tests or a local relay), never credentials in the URL
 * (they would travel in every request and sit in the settings file).
 */
export function endpointProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'outbox:endpoint.errors.notUrl';
  }
  if (parsed.username !== '' || parsed.password !== '') return 'outbox:endpoint.errors.credentials';
  if (parsed.protocol === 'https:') return null;
  if (parsed.protocol === 'http:') return LOOPBACK_HOSTS.has(parsed.hostname) ? null : 'outbox:endpoint.errors.httpNotLocal';
  return 'outbox:endpoint.errors.scheme';
}

export const endpointUrl = z
  .string()
  .trim()
  .min(1)
  .max(OUTBOX_ENDPOINT_MAX_LENGTH)
  .superRefine((value, ctx) => {
    const problem = endpointProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { messageKey: problem } });
  });

export const outboxSettings = z.object({ endpoint: z.string().nullable() });
export type OutboxSettings = z.infer<typeof outboxSettings>;
