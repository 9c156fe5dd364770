import { describe, expect, it } from 'vitest';
import { rollUpParticipants, summariseInvolvement, type Participant } from './rollups';

const person = (p: Partial<Participant> & Pick<Participant, 'sex' | 'sector'>): Participant => ({ ageBand: 'undisclosed', isIplc: false, isYouth: false, ...p });

/**
 * Two workshops. A: Amina, Grace, Otieno, Sam. B: Amina, Otieno, Lena.
 * Unique people 5 (Amina, Grace, Otieno, Sam, Lena); attendances 4 + 3 = 7.
 * Women: Amina, Grace, Lena = 3 of 5 = 60 %; men: Otieno = 20 %; undisclosed: Sam = 20 %.
 * IPLC: Grace, Lena = 2 of 5 = 40 %; youth: Lena = 20 %.
 */
const people = new Map<string, Participant>([
  ['amina', person({ sex: 'female', sector: 'government', ageBand: '35_49' })],
  ['grace', person({ sex: 'female', sector: 'iplc', ageBand: '50_64', isIplc: true })],
  ['otieno', person({ sex: 'male', sector: 'farmers_organisation', ageBand: '35_49' })],
  ['sam', person({ sex: 'undisclosed', sector: 'research' })],
  ['lena', person({ sex: 'female', sector: 'youth', ageBand: '18_24', isIplc: true, isYouth: true })],
]);
const attendance = [
  ...['amina', 'grace', 'otieno', 'sam'].map((personId) => ({ consultationId: 'A', personId })),
  ...['amina', 'otieno', 'lena'].map((personId) => ({ consultationId: 'B', personId })),
];
const pick = <T extends { code: string }>(rows: T[], code: string) => rows.find((row) => row.code === code);

describe('participant roll-ups', () => {
  it('counts unique people over all consultations, with attendances beside them', () => {
    const rollup = rollUpParticipants(attendance, people);
    expect([rollup.participants, rollup.attendances]).toEqual([5, 7]);
    expect(rollup.bySex).toEqual([
      { code: 'female', count: 3, percent: 60 },
      { code: 'male', count: 1, percent: 20 },
      { code: 'other', count: 0, percent: 0 },
      { code: 'undisclosed', count: 1, percent: 20 },
    ]);
    expect(pick(rollup.byAgeBand, '35_49')).toEqual({ code: '35_49', count: 2, percent: 40 });
    expect(pick(rollup.byAgeBand, 'undisclosed')).toEqual({ code: 'undisclosed', count: 1, percent: 20 });
    expect(pick(rollup.bySector, 'iplc')).toEqual({ code: 'iplc', count: 1, percent: 20 });
    expect(rollup.iplc).toEqual({ count: 2, percent: 40 });
    expect(rollup.youth).toEqual({ count: 1, percent: 20 });
  });

  it('makes every breakdown sum to all participants: undisclosed is a category, not a gap', () => {
    const rollup = rollUpParticipants(attendance, people);
    for (const rows of [rollup.bySex, rollup.byAgeBand, rollup.bySector]) {
      expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(5);
      expect(rows.reduce((sum, row) => sum + row.percent!, 0)).toBeCloseTo(100);
    }
  });

  it('rolls up one consultation from its own rows: B has 3 people, 2 of them women (66.7 %)', () => {
    const rollup = rollUpParticipants(attendance.filter((row) => row.consultationId === 'B'), people);
    expect(rollup.participants).toBe(3);
    expect(pick(rollup.bySex, 'female')!.percent).toBeCloseTo(200 / 3);
  });

  it('has no percentages when nobody attended', () => {
    const rollup = rollUpParticipants([], people);
    expect(rollup.participants).toBe(0);
    expect(rollup.iplc).toEqual({ count: 0, percent: null });
  });

  it('summarises involvement for PRAIS as counts only', () => {
    const summary = summariseInvolvement(
      [{ purpose: 'land_cover_legend' }, { purpose: 'target_setting' }, { purpose: 'land_cover_legend' }],
      rollUpParticipants(attendance, people),
      [{ dissent: null }, { dissent: 'KFS disagreed' }],
    );
    expect(summary).toEqual({
      consultationsHeld: 3,
      byPurpose: [
        { code: 'land_cover_legend', count: 2 },
        { code: 'target_setting', count: 1 },
      ],
      attendances: 7,
      participants: 5,
      women: 3,
      men: 1,
      otherOrUndisclosedSex: 1,
      iplc: 2,
      youth: 1,
      decisions: 2,
      decisionsWithDissent: 1,
    });
  });
});
