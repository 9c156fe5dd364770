import { deltaLdnKm2, isLdnAchieved } from '../baseline/counterbalancing';
import { roundKm2 } from './logic';
import type { ObservedLandTypeBalance, ObservedSource } from './schema';

/** What the observed balance reads from a stored row of `observed_counterbalancing`. */
export interface ObservedFigures {
  landTypeId: string;
  gainsKm2: number;
  lossesKm2: number;
  source: ObservedSource;
}

/**
 * The observed (ex-post) balance of one land type, by the rule Trends.Earth uses (domain-spec §2.5,
 * shared/baseline/counterbalancing.ts): net = gains − losses, and the land type is in balance iff net ≥ 0.
 * It is worked out from the stored gains and losses, not from the ΔLDN the file states, so it always
 * follows from the two figures shown beside it. Like the planned balance it stays within its land type:
 * an observed gain in one land type never offsets an observed loss in another.
 */
export function observedBalanceOf({ landTypeId, gainsKm2, lossesKm2, source }: ObservedFigures): ObservedLandTypeBalance {
  const netKm2 = roundKm2(deltaLdnKm2(gainsKm2, lossesKm2));
  return { landTypeId, gainsKm2, lossesKm2, netKm2, neutral: isLdnAchieved(netKm2), source };
}
