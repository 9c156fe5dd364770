import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeId } from '../../test/inMemoryBackend';
import { balanceOf, cropland, loss, openWorksheets, worksheetOf } from './worksheetsTestData';

/** An entered loss of 20 km² and a loss of 30 km² from a plan's zone, both in CL-1. */
const planId = fakeId();
const entered = loss(cropland, { areaKm2: 20, driver: 'deforestation' });
const fromPlan = loss(cropland, {
  areaKm2: 30,
  expectedYear: 2028,
  source: 'plan_zone',
  planZone: { planId, planName: 'Nakuru County Spatial Plan', zoneId: fakeId(), zoneName: 'Peri-urban belt', conversionId: fakeId() },
});

describe('anticipated losses from land-use plans in the worksheets', () => {
  it('shows a plan-zone loss read-only, saying where it comes from, with a link to its plan', async () => {
    openWorksheets({ losses: [entered, fromPlan] });
    const sheet = await worksheetOf('CL-1', 'Cropland');
    const link = await within(sheet).findByRole('link', { name: 'From the plan Nakuru County Spatial Plan, zone Peri-urban belt' });
    expect(link.getAttribute('href')).toBe(`/plans/${planId}`);
    const row = link.closest('tr')!;
    expect(within(row).getByRole('cell', { name: '30 km²' })).toBeTruthy();
    expect(within(row).getByText('Edited in the plan')).toBeTruthy();
    expect(within(row).queryByRole('button')).toBeNull();
    // The entered loss beside it keeps its buttons.
    expect(within(sheet).getByRole('button', { name: 'Delete anticipated loss: Deforestation, 2025' })).toBeTruthy();
    // Both count: 50 km² of losses and no response.
    expect(await within(await balanceOf('CL-1')).findByText('Not in balance')).toBeTruthy();
  });

  it('keeps it read-only in guided mode', async () => {
    const { user } = openWorksheets({ losses: [fromPlan] });
    await user.click(await screen.findByRole('radio', { name: 'Guided mode (workshop)' }));
    const link = await screen.findByRole('link', { name: 'From the plan Nakuru County Spatial Plan, zone Peri-urban belt' });
    expect(within(link.closest('tr')!).queryByRole('button')).toBeNull();
  });

  it('leaves it out of the keyboard table, which lists it read-only underneath', async () => {
    const { user } = openWorksheets({ losses: [entered, fromPlan] });
    await user.click(await screen.findByRole('radio', { name: 'Table (keyboard)' }));
    const grid = await screen.findByRole('table', { name: 'Anticipated losses of all land types' });
    // One saved row (the entered loss) and the blank row for a new one.
    expect(within(grid).getAllByRole('row')).toHaveLength(3);
    const fromPlans = screen.getByRole('table', { name: 'Anticipated losses from land-use plans (edited in the plans)' });
    const row = within(fromPlans).getByRole('rowheader', { name: 'CL-1' }).closest('tr')!;
    expect(row.textContent).toContain('30 km²');
    expect(within(row).getByRole('link', { name: 'From the plan Nakuru County Spatial Plan, zone Peri-urban belt' })).toBeTruthy();
    expect(within(fromPlans).queryByRole('textbox')).toBeNull();
  });
});
