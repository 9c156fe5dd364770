import { z } from 'zod';
import type { Membership } from './membership';
import type { Person } from './person';

/** Whether a membership holds on `asOf` (YYYY-MM-DD): started, and not yet past its last day. */
export function isCurrentMembership(membership: Pick<Membership, 'startDate' | 'endDate'>, asOf: string): boolean {
  return membership.startDate <= asOf && (membership.endDate === null || membership.endDate >= asOf);
}

const count = z.number().int().min(0);

export const genderParityFigure = z.object({
  /** Current members, each person once however many memberships they hold. */
  members: count,
  women: count,
  men: count,
  other: count,
  undisclosed: count,
  /**
   * Women ÷ all current members, between 0 and 1; null when there are no members. Members who did not
   * disclose their sex stay in the denominator: leaving them out would let silence raise or lower the
   * figure, and the count of `undisclosed` tells how far it can be trusted.
   */
  shareOfWomen: z.number().min(0).max(1).nullable(),
});
export type GenderParity = z.infer<typeof genderParityFigure>;

/**
 * The working group's gender parity (domain-spec §5.1: gender balance in working-group composition; the
 * UNCCD Gender Action Plan aims at parity by 2030). Counted over the people whose membership is current
 * on `asOf`; the sex is read from the register, so an erased person is still counted.
 */
export function genderParity(
  memberships: readonly Pick<Membership, 'personId' | 'startDate' | 'endDate'>[],
  people: ReadonlyMap<string, Pick<Person, 'sex'>>,
  asOf: string,
): GenderParity {
  const current = new Set(memberships.filter((m) => isCurrentMembership(m, asOf)).map((m) => m.personId));
  const counts = { female: 0, male: 0, other: 0, undisclosed: 0 };
  for (const personId of current) {
    const sex = people.get(personId)?.sex ?? 'undisclosed';
    counts[sex] += 1;
  }
  return {
    members: current.size,
    women: counts.female,
    men: counts.male,
    other: counts.other,
    undisclosed: counts.undisclosed,
    shareOfWomen: current.size === 0 ? null : counts.female / current.size,
  };
}
