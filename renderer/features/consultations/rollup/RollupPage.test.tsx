import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Membership } from '../../../../shared/consultations/membership';
import type { Decision } from '../../../../shared/consultations/outcomes';
import { fakeId } from '../../../test/inMemoryBackend';
import { consultation, openConsultations, person } from '../testFixtures';

/**
 * Two held consultations and a planned one. Held: Achieng (F, 25–34, IPLC) and Mutua (M, 35–49) at
 * both, Nyambura (F, 18–24, youth) at the first: 5 attendances, 3 people. The planned one's attendee
 * (sex not disclosed) is not counted overall. Working group: 2 women, 2 men, 1 not disclosed.
 */
function participation(language: 'en' | 'ar' = 'en') {
  const achieng = person({ name: 'Achieng', sex: 'female', ageBand: '25_34', isIplc: true, sector: 'iplc' });
  const nyambura = person({ name: 'Nyambura', sex: 'female', ageBand: '18_24', isYouth: true, sector: 'youth' });
  const mutua = person({ name: 'Mutua', sex: 'male', ageBand: '35_49', sector: 'government' });
  const kiprop = person({ name: 'Kiprop', sex: 'male', sector: 'research' });
  const anon = person({ sex: 'undisclosed', sector: 'other' });
  const first = consultation({ title: 'Legend workshop', purpose: 'land_cover_legend', startDate: '2026-01-20' });
  const second = consultation({ title: 'Hotspots workshop', purpose: 'hotspots', startDate: '2026-02-10' });
  const planned = consultation({ title: 'Validation', status: 'planned', startDate: '2026-01-05' });
  const seat = (personId: string): Membership => ({ id: fakeId(), createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null, personId, role: 'member', startDate: '2025-01-01', endDate: null });
  const decision: Decision = { id: fakeId(), createdAt: '2026-01-20T00:00:00.000Z', updatedAt: '2026-01-20T00:00:00.000Z', deletedAt: null, consultationId: first.id, text: 'Adopt the national legend', dissent: 'Two counties asked for a wetland sub-class', subjectType: null, subjectId: null };
  const fake = openConsultations(
    '/consultations/participation',
    {
      people: [achieng, nyambura, mutua, kiprop, anon],
      consultations: [first, second, planned],
      attendance: [
        { consultationId: first.id, personId: achieng.id },
        { consultationId: first.id, personId: nyambura.id },
        { consultationId: first.id, personId: mutua.id },
        { consultationId: second.id, personId: achieng.id },
        { consultationId: second.id, personId: mutua.id },
        { consultationId: planned.id, personId: anon.id },
      ],
      memberships: [achieng, nyambura, mutua, kiprop, anon].map((p) => seat(p.id)),
      decisions: [decision],
    },
    { language },
  );
  return { ...fake, planned };
}

/** The count and percentage cells of one category row in the table captioned `caption`. */
function shareOf(caption: string, category: string): string[] {
  const table = screen.getByRole('table', { name: caption });
  const row = within(table).getByRole('rowheader', { name: category }).closest('tr')!;
  return within(row).getAllByRole('cell').slice(0, 2).map((cell) => cell.textContent ?? '');
}

describe('participation roll-up', () => {
  it('counts each person once over the held consultations, with hand-computed percentages', async () => {
    participation();
    expect(await screen.findByText('Participants: 3 · Attendances: 5')).toBeTruthy();
    expect(shareOf('By sex', 'Female')).toEqual(['2', '66.7%']);
    expect(shareOf('By sex', 'Male')).toEqual(['1', '33.3%']);
    expect(shareOf('By sex', 'Not disclosed')).toEqual(['0', '0%']);
    expect(shareOf('By age band', '25 to 34')).toEqual(['1', '33.3%']);
    expect(shareOf('By age band', '50 to 64')).toEqual(['0', '0%']);
    expect(shareOf('Indigenous Peoples and local communities, and youth', 'Youth')).toEqual(['1', '33.3%']);
    expect(shareOf('By sector', 'Government')).toEqual(['1', '33.3%']);
  });

  it('gives the working group parity and the PRAIS summary as counts', async () => {
    participation();
    expect(await screen.findByText('Women: 40% (2 of 5 members)')).toBeTruthy();
    expect(screen.getByText('Members who did not disclose their sex: 1. They stay in the count, so the real share of women may be higher than shown.')).toBeTruthy();
    const summary = screen.getByRole('table', { name: 'Stakeholder involvement for PRAIS' });
    const value = (label: string) => within(within(summary).getByRole('rowheader', { name: label }).closest('tr')!).getByRole('cell').textContent;
    expect(value('Consultations held')).toBe('2');
    expect(value('Participants (distinct people)')).toBe('3');
    expect(value('Women')).toBe('2');
    expect(value('Other or not disclosed')).toBe('0');
    expect(value('Decisions with dissent recorded')).toBe('1');
    expect(value('Consultations on: Hotspots')).toBe('1');
    expect(within(summary).queryByText(/Achieng|Mutua/)).toBeNull();
  });

  it('narrows to one consultation, planned ones included', async () => {
    const { user, planned } = participation();
    await screen.findByText('Participants: 3 · Attendances: 5');
    await user.selectOptions(screen.getByLabelText('Consultations counted'), planned.id);
    expect(await screen.findByText('Participants: 1 · Attendances: 1')).toBeTruthy();
    expect(shareOf('By sex', 'Not disclosed')).toEqual(['1', '100%']);
  });

  it('reads right to left in Arabic, with Arabic numbers and bars that grow from the inline start', async () => {
    const { i18n: ar } = participation('ar');
    const percent = new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 1 });
    const bySex = await screen.findByRole('table', { name: ar.t('consultations:rollup.bySex') });
    expect(document.documentElement.dir).toBe('rtl');
    const female = within(bySex).getByRole('rowheader', { name: ar.t('consultations:sex.female') }).closest('tr')!;
    expect(within(female).getAllByRole('cell')[1]?.textContent).toBe(percent.format(2 / 3));
    const fill = female.querySelector<HTMLElement>('.share-bar__fill')!;
    expect(fill.style.inlineSize).toMatch(/^66\.6+\d*%$/);
    expect(fill.style.width).toBe('');
  });
});
