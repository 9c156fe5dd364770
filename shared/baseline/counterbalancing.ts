import type { FieldError } from '../command';
import type { CounterbalancingSummary } from './trends-earth-summary';

/**
 * Counterbalancing within a land type (domain-spec §2.5; te_algorithms `counterbalancing.py`, from the
 * 7-class expanded status of §4.7): gains are status classes 6 and 7, losses classes 1 and 2,
 * ΔLDN = gains − losses, and LDN is achieved in the land type iff ΔLDN ≥ 0.
 */
export function deltaLdnKm2(gainsKm2: number, lossesKm2: number): number {
  return gainsKm2 - lossesKm2;
}

export function isLdnAchieved(deltaKm2: number): boolean {
  return deltaKm2 >= 0;
}

/** Figures of a file that disagree by less than this (km², a square metre) are taken as equal. */
const TOLERANCE_KM2 = 1e-6;

/**
 * Warnings for an import preview: land types whose stated ΔLDN or "LDN achieved" does not follow from
 * their own gains and losses by the rule above. The figures are kept as the file states them.
 */
export function counterbalancingWarnings(summary: CounterbalancingSummary): FieldError[] {
  return summary.landTypes.flatMap((landType, i) => {
    const delta = deltaLdnKm2(landType.gainsKm2, landType.lossesKm2);
    const warnings: FieldError[] = [];
    if (Math.abs(delta - landType.deltaLdnKm2) > TOLERANCE_KM2) {
      warnings.push({ path: ['landTypes', i, 'deltaLdnKm2'], messageKey: 'errors:baseline.te.deltaLdnMismatch', params: { expected: delta } });
    }
    if (isLdnAchieved(landType.deltaLdnKm2) !== landType.ldnAchieved) {
      warnings.push({ path: ['landTypes', i, 'ldnAchieved'], messageKey: 'errors:baseline.te.ldnAchievedMismatch' });
    }
    return warnings;
  });
}
