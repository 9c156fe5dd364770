export interface BackoffOptions {
  /** Delay before the first retry. */
  baseMs: number;
  /** The longest delay between two attempts. */
  maxMs: number;
  /** After this many failed attempts the item is marked failed and waits for the user. */
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 5_000, maxMs: 15 * 60_000, maxAttempts: 8 };

/**
 * Delay before attempt `attempts + 1`: doubling from `baseMs`, capped at `maxMs`, with "equal jitter"
 * (half fixed, half random) so that many computers coming back online do not all retry in step.
 * `random` is in [0, 1).
 */
export function retryDelayMs(attempts: number, options: BackoffOptions, random: number): number {
  const exponential = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random);
}
