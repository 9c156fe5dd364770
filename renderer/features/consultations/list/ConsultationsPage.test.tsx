import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { consultation, openConsultations, person } from '../testFixtures';

describe('consultations list', () => {
  it('lists consultations newest first with their purpose and number of participants', async () => {
    const older = consultation({ title: 'Legend workshop', purpose: 'land_cover_legend', startDate: '2026-01-20' });
    const newer = consultation({ title: 'Hotspots workshop', purpose: 'hotspots', startDate: '2026-02-10', endDate: '2026-02-11' });
    const [a, b] = [person({ name: 'Amina' }), person({ name: 'Baraka' })];
    openConsultations('/consultations', {
      consultations: [older, newer],
      people: [a, b],
      attendance: [
        { consultationId: newer.id, personId: a.id },
        { consultationId: newer.id, personId: b.id },
        { consultationId: older.id, personId: a.id },
      ],
    });
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Hotspots workshop', 'Legend workshop']);
    expect(within(rows[0]!).getByText('Hotspots')).toBeTruthy();
    expect(await within(rows[0]!).findByRole('cell', { name: '2' })).toBeTruthy();
    expect(await within(rows[1]!).findByRole('cell', { name: '1' })).toBeTruthy();
  });

  it('deletes a consultation at once and brings it back with Undo', async () => {
    const workshop = consultation({ title: 'Legend workshop' });
    const { user } = openConsultations('/consultations', { consultations: [workshop] });
    await user.click(await screen.findByRole('button', { name: 'Delete the consultation Legend workshop' }));
    expect(await screen.findByText('No consultations yet')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: 'Legend workshop' })).toBeTruthy();
  });
});
