import { performance } from 'node:perf_hooks';

export interface Summary {
  p50: number;
  p95: number;
  mean: number;
}

/** Milliseconds taken by `work`, with its result. */
export function timed<T>(work: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
}

/** Nearest-rank percentiles and the mean of a list of durations. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('No samples to summarize');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return { p50: rank(50), p95: rank(95), mean: sorted.reduce((sum, x) => sum + x, 0) / sorted.length };
}
