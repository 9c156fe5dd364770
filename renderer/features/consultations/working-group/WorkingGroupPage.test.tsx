import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openConsultations, person } from '../testFixtures';

describe('working group', () => {
  it('gives a registered person a seat with a role, and the parity moves with it', async () => {
    const amina = person({ name: 'Amina', sex: 'female' });
    const baraka = person({ name: 'Baraka', sex: 'male' });
    const { user, inputsOf } = openConsultations('/consultations/working-group', { people: [amina, baraka] });
    expect(await screen.findByText('No current members: add members to see the figure.')).toBeTruthy();

    const form = screen.getByRole('form', { name: 'Add a member' });
    await user.selectOptions(within(form).getByLabelText('Person'), 'Amina');
    await user.selectOptions(within(form).getByLabelText('Role'), 'National focal point');
    await user.click(within(form).getByRole('button', { name: 'Add to the working group' }));
    expect(await screen.findByText('Women: 100% (1 of 1 members)')).toBeTruthy();

    await user.selectOptions(within(form).getByLabelText('Person'), 'Baraka');
    await user.click(within(form).getByRole('button', { name: 'Add to the working group' }));
    expect(await screen.findByText('Women: 50% (1 of 2 members)')).toBeTruthy();
    const row = screen.getByRole('rowheader', { name: 'Amina' }).closest('tr')!;
    expect(within(row).getByText('National focal point')).toBeTruthy();
    expect(inputsOf('consultations.saveMembership')[0]).toMatchObject({ personId: amina.id, role: 'focal_point' });
  });

  it('ends a membership, keeping the record, and reopens it with Undo', async () => {
    const amina = person({ name: 'Amina', sex: 'female' });
    const seat = { id: '01890000-0000-7000-8000-999999999999', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null, personId: amina.id, role: 'member' as const, startDate: '2025-06-01', endDate: null };
    const { user, state } = openConsultations('/consultations/working-group', { people: [amina], memberships: [seat] });
    await user.click(await screen.findByRole('button', { name: 'End the membership of Amina' }));
    expect(await screen.findByText('The membership of Amina ends today, its last day.')).toBeTruthy();
    // Today is its last day: still listed, with the end date, and nothing more to end.
    expect(state.consultations.memberships[0]?.endDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(screen.queryByRole('button', { name: 'End the membership of Amina' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'End the membership of Amina' })).toBeTruthy();
    expect(state.consultations.memberships[0]?.endDate).toBeNull();
  });
});
