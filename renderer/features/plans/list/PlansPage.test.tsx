import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { descriptionOf } from '../../../test/renderApp';
import { fakePlan, fakeZone, openPlans } from '../plansTestData';

describe('land-use plans list', () => {
  it('lists each plan with its level, status, period, zones and zoned area', async () => {
    const plan = fakePlan();
    openPlans('/plans', { plans: [plan], zones: [fakeZone(plan, { areaKm2: 12.5 }), fakeZone(plan, { name: 'Forest reserve', areaKm2: 30 })] });
    const table = await screen.findByRole('table', { name: 'Land-use plans' });
    const row = within(table).getByRole('rowheader', { name: 'Nakuru County Spatial Plan' }).closest('tr')!;
    expect([...row.querySelectorAll('td')].slice(0, 5).map((cell) => cell.textContent)).toEqual(['Sub-national', 'Adopted', '2019–2029', '2', '42.5 km²']);
    expect(within(row).getByRole('link', { name: 'Nakuru County Spatial Plan' }).getAttribute('href')).toBe(`/plans/${plan.id}`);
  });

  it('says what a plan is for when there is none yet', async () => {
    openPlans('/plans');
    const empty = await screen.findByRole('region', { name: 'No land-use plans yet' });
    expect(within(empty).getByText(/show in the worksheets as anticipated losses/)).toBeTruthy();
  });

  it('shows a period that ends before it starts at the Last year field, and saves nothing', async () => {
    const { user, inputsOf } = openPlans('/plans');
    await user.click(await screen.findByRole('button', { name: 'Add land-use plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add land-use plan' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'Rift Valley landscape plan');
    await user.selectOptions(within(dialog).getByLabelText(/^Level/), 'Landscape');
    await user.type(within(dialog).getByLabelText(/^First year/), '2030');
    await user.type(within(dialog).getByLabelText(/^Last year/), '2020');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(descriptionOf(within(dialog).getByLabelText(/^Last year/))).toContain('The period cannot end before it starts.');
    expect(inputsOf('plans.save')).toEqual([]);

    await user.clear(within(dialog).getByLabelText(/^Last year/));
    await user.type(within(dialog).getByLabelText(/^Last year/), '2040{Enter}');
    expect(await screen.findByRole('rowheader', { name: 'Rift Valley landscape plan' })).toBeTruthy();
    expect(inputsOf('plans.save')).toEqual([{ name: 'Rift Valley landscape plan', level: 'landscape', status: 'draft', periodStart: 2030, periodEnd: 2040 }]);
  });

  it('deletes a plan without asking, then brings it back with Undo', async () => {
    const { user, inputsOf } = openPlans('/plans', { plans: [fakePlan()] });
    await user.click(await screen.findByRole('button', { name: 'Delete the plan Nakuru County Spatial Plan' }));
    expect(await screen.findByText('Plan Nakuru County Spatial Plan deleted. Its planned conversions no longer count as losses.')).toBeTruthy();
    await screen.findByRole('region', { name: 'No land-use plans yet' });

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('rowheader', { name: 'Nakuru County Spatial Plan' })).toBeTruthy();
    expect(inputsOf('plans.restore')).toHaveLength(1);
  });
});
