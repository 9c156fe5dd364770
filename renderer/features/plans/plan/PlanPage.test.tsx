import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cropland, fakePlan, openPlans } from '../plansTestData';

const plan = fakePlan();

describe('zones of a plan', () => {
  it('adds a zone in a land type, opens it, and deletes it with Undo', async () => {
    const { user, inputsOf } = openPlans(`/plans/${plan.id}`, { plans: [plan] });
    expect(await screen.findByText('This plan has no zones yet. Add them one by one or import them from a file.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add zone' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add zone' });
    await user.type(within(dialog).getByLabelText(/^Zone name/), 'Lake Nakuru buffer');
    await user.selectOptions(within(dialog).getByLabelText(/^Zoning class/), 'Conservation');
    await user.selectOptions(within(dialog).getByLabelText(/^Land type/), 'CL-1 · Cropland');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const table = await screen.findByRole('table', { name: 'Zones of the plan' });
    const row = within(table).getByRole('rowheader', { name: 'Lake Nakuru buffer' }).closest('tr')!;
    expect([...row.querySelectorAll('td')].slice(0, 4).map((cell) => cell.textContent)).toEqual(['Conservation', 'CL-1 · Cropland', 'Not mapped', '0']);
    expect(inputsOf('plans.saveZone')).toEqual([{ planId: plan.id, name: 'Lake Nakuru buffer', zoningClass: 'conservation', landTypeId: cropland.id }]);

    await user.click(within(row).getByRole('button', { name: 'Delete the zone Lake Nakuru buffer' }));
    expect(await screen.findByText('Zone Lake Nakuru buffer deleted.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('rowheader', { name: 'Lake Nakuru buffer' })).toBeTruthy();
  });
});
