import { describe, expect, it } from 'vitest';
import type { Sex } from './codes';
import { genderParity, isCurrentMembership } from './parity';

const people = new Map<string, { sex: Sex }>([
  ['amina', { sex: 'female' }],
  ['grace', { sex: 'female' }],
  ['otieno', { sex: 'male' }],
  ['kip', { sex: 'male' }],
  ['sam', { sex: 'undisclosed' }],
  ['lena', { sex: 'female' }],
]);
const open = (personId: string, startDate = '2024-01-01') => ({ personId, startDate, endDate: null });

describe('working-group gender parity', () => {
  it('is the share of women among current members, undisclosed ones in the denominator', () => {
    // 2 women, 2 men, 1 undisclosed: 2 ÷ 5 = 0.4 (not 2 ÷ 4, which would hide the unknown).
    const parity = genderParity([open('amina'), open('grace'), open('otieno'), open('kip'), open('sam')], people, '2026-06-01');
    expect(parity).toEqual({ members: 5, women: 2, men: 2, other: 0, undisclosed: 1, shareOfWomen: 0.4 });
  });

  it('counts each person once, and only memberships current on the day', () => {
    const memberships = [
      open('amina'),
      { personId: 'amina', startDate: '2025-01-01', endDate: null }, // a second role: still one woman
      { personId: 'grace', startDate: '2020-01-01', endDate: '2026-05-31' }, // ended the day before
      { personId: 'lena', startDate: '2026-07-01', endDate: null }, // not started yet
      open('otieno'),
    ];
    expect(genderParity(memberships, people, '2026-06-01')).toMatchObject({ members: 2, women: 1, men: 1, shareOfWomen: 0.5 });
  });

  it('has no share for a group without members', () => {
    expect(genderParity([], people, '2026-06-01').shareOfWomen).toBeNull();
  });

  it('holds a membership through its last day', () => {
    const membership = { startDate: '2026-01-01', endDate: '2026-06-30' };
    expect([isCurrentMembership(membership, '2025-12-31'), isCurrentMembership(membership, '2026-01-01'), isCurrentMembership(membership, '2026-06-30'), isCurrentMembership(membership, '2026-07-01')]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});
