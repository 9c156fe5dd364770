import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './backoff';

const OPTIONS = { baseMs: 1_000, maxMs: 10_000, maxAttempts: 8 };

describe('retry back-off', () => {
  it('doubles from the base delay, half fixed and half jitter', () => {
    // attempts 1, 2, 3, 4 → 1 000, 2 000, 4 000, 8 000 ms before jitter.
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, OPTIONS, 0))).toEqual([500, 1_000, 2_000, 4_000]);
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, OPTIONS, 0.999_999))).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it('never waits longer than the cap', () => {
    expect(retryDelayMs(5, OPTIONS, 0.5)).toBe(7_500); // 16 000 capped to 10 000 → 5 000 + 2 500
    expect(retryDelayMs(40, OPTIONS, 0.999_999)).toBe(10_000);
  });
});
