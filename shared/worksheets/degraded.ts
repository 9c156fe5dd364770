import { roundKm2 } from './logic';

/**
 * What a reverse measure may cover on a land type. Reverse measures restore or rehabilitate degraded
 * land (domain-spec §3.1), so a land type needs its degraded area recorded before any can be planned,
 * and a scenario's live reverse measures on it together cannot cover more than that area. The sum is
 * rounded to the worksheets' km² precision, so that 0.1 + 0.2 fits in 0.3.
 */
export type ReverseAreaCheck =
  | { fits: true }
  | { fits: false; reason: 'degradedNotRecorded' }
  | { fits: false; reason: 'exceedsDegraded'; totalKm2: number; degradedKm2: number };

export interface ReverseAreaFacts {
  /** The land type's recorded degraded area; null when none is recorded. */
  degradedAreaKm2: number | null;
  /** The areas of the scenario's other live reverse measures on the same land type. */
  otherReverseKm2: readonly number[];
  /** The area of the measure being saved. */
  areaKm2: number;
}

export function checkReverseArea({ degradedAreaKm2, otherReverseKm2, areaKm2 }: ReverseAreaFacts): ReverseAreaCheck {
  if (degradedAreaKm2 === null) return { fits: false, reason: 'degradedNotRecorded' };
  const totalKm2 = roundKm2(reverseTotalKm2(otherReverseKm2) + areaKm2);
  if (totalKm2 > degradedAreaKm2) return { fits: false, reason: 'exceedsDegraded', totalKm2, degradedKm2: degradedAreaKm2 };
  return { fits: true };
}

/** The degraded area still free for reverse measures besides the others already planned (never below 0). */
export function reverseRoomKm2(degradedAreaKm2: number, otherReverseKm2: readonly number[]): number {
  return Math.max(0, roundKm2(degradedAreaKm2 - reverseTotalKm2(otherReverseKm2)));
}

/** The area a scenario's reverse measures on one land type cover together, at the worksheets' km² precision. */
export function reverseTotalKm2(reverseKm2: readonly number[]): number {
  return roundKm2(reverseKm2.reduce((sum, km2) => sum + km2, 0));
}
