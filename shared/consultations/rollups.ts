import { z } from 'zod';
import { AGE_BANDS, PURPOSES, SECTORS, SEXES } from './codes';
import type { Person } from './person';

/**
 * Roll-ups of who took part (issue 6 §3), pure so they can be checked by hand:
 * - a participant is a person; an attendance is a person at one consultation. Counts and percentages are
 *   over **unique people** (someone at three workshops is one person), next to the number of attendances;
 * - every category list includes `undisclosed` (or `other`): people who did not say are counted there and
 *   stay in the denominator, so each breakdown sums to 100 % and silence is visible, not hidden;
 * - percentages are 0–100, unrounded (the UI rounds for display), and null when nobody attended;
 * - sex, age band, sector and flags are read from the register, so an erased person is still counted.
 */

const count = z.number().int().min(0);
const percent = z.number().min(0).max(100).nullable();
const share = z.object({ count, percent });
const breakdown = <C extends readonly [string, ...string[]]>(codes: C) => z.array(share.extend({ code: z.enum(codes) }));

export const participantsRollup = z.object({
  /** Person × consultation pairs. */
  attendances: count,
  /** Distinct people: the denominator of every percentage here. */
  participants: count,
  bySex: breakdown(SEXES),
  byAgeBand: breakdown(AGE_BANDS),
  bySector: breakdown(SECTORS),
  iplc: share,
  youth: share,
});
export type ParticipantsRollup = z.infer<typeof participantsRollup>;

/** The participation figures a PRAIS report can carry: counts only, never a name or a contact. */
export const involvementSummary = z.object({
  consultationsHeld: count,
  byPurpose: z.array(z.object({ code: z.enum(PURPOSES), count })),
  attendances: count,
  participants: count,
  women: count,
  men: count,
  otherOrUndisclosedSex: count,
  iplc: count,
  youth: count,
  decisions: count,
  decisionsWithDissent: count,
});
export type InvolvementSummary = z.infer<typeof involvementSummary>;

export type Participant = Pick<Person, 'sex' | 'ageBand' | 'sector' | 'isIplc' | 'isYouth'>;
export interface AttendanceRow {
  consultationId: string;
  personId: string;
}

const percentOf = (part: number, whole: number): number | null => (whole === 0 ? null : (part / whole) * 100);

/** Attendance rows naming a person missing from `people` are not counted (they cannot be classified). */
export function rollUpParticipants(attendance: readonly AttendanceRow[], people: ReadonlyMap<string, Participant>): ParticipantsRollup {
  const counted = attendance.filter((row) => people.has(row.personId));
  const participants = [...new Set(counted.map((row) => row.personId))].map((id) => people.get(id)!);
  const total = participants.length;
  const shareOf = (n: number) => ({ count: n, percent: percentOf(n, total) });
  function byCode<K extends 'sex' | 'ageBand' | 'sector', C extends readonly Participant[K][]>(key: K, codes: C) {
    return codes.map((code) => ({ code, ...shareOf(participants.filter((p) => p[key] === code).length) }));
  }
  return {
    attendances: counted.length,
    participants: total,
    bySex: byCode('sex', SEXES),
    byAgeBand: byCode('ageBand', AGE_BANDS),
    bySector: byCode('sector', SECTORS),
    iplc: shareOf(participants.filter((p) => p.isIplc).length),
    youth: shareOf(participants.filter((p) => p.isYouth).length),
  };
}

export function summariseInvolvement(
  heldConsultations: readonly { purpose: (typeof PURPOSES)[number] }[],
  participants: ParticipantsRollup,
  decisions: readonly { dissent: string | null }[],
): InvolvementSummary {
  const sexCount = (code: (typeof SEXES)[number]) => participants.bySex.find((s) => s.code === code)!.count;
  return {
    consultationsHeld: heldConsultations.length,
    byPurpose: PURPOSES.map((code) => ({ code, count: heldConsultations.filter((c) => c.purpose === code).length })).filter((p) => p.count > 0),
    attendances: participants.attendances,
    participants: participants.participants,
    women: sexCount('female'),
    men: sexCount('male'),
    otherOrUndisclosedSex: sexCount('other') + sexCount('undisclosed'),
    iplc: participants.iplc.count,
    youth: participants.youth.count,
    decisions: decisions.length,
    decisionsWithDissent: decisions.filter((d) => d.dissent !== null).length,
  };
}
