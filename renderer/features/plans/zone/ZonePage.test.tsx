import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { descriptionOf } from '../../../test/renderApp';
import { fakePlan, fakeZone, openPlans } from '../plansTestData';

const plan = fakePlan();

describe('planned conversions of a zone', () => {
  const zone = fakeZone(plan, { areaKm2: 50 });
  const openZone = () => openPlans(`/plans/${plan.id}/zones/${zone.id}`, { plans: [plan], zones: [zone] });

  async function addConversion(user: ReturnType<typeof openZone>['user'], values: { from: string; to: string; area: string }) {
    await user.click(await screen.findByRole('button', { name: 'Add planned conversion' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a planned conversion in Peri-urban belt' });
    await user.selectOptions(within(dialog).getByLabelText(/^From land cover class/), values.from);
    await user.selectOptions(within(dialog).getByLabelText(/^To land cover class/), values.to);
    await user.type(within(dialog).getByLabelText(/^Area/), values.area);
    await user.type(within(dialog).getByLabelText(/^Expected year/), '2028');
    await user.selectOptions(within(dialog).getByLabelText(/^Driver/), 'Urban expansion');
    return dialog;
  }

  it('says at the To field that a conversion must change the class, and saves nothing', async () => {
    const { user, inputsOf } = openZone();
    const dialog = await addConversion(user, { from: 'Croplands', to: 'Croplands', area: '10' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const toField = within(dialog).getByLabelText(/^To land cover class/);
    expect(descriptionOf(toField)).toContain('A conversion goes from one land cover class to another: choose a different class.');
    expect(descriptionOf(within(dialog).getByLabelText(/^From land cover class/))).not.toContain('different class');
    expect(inputsOf('plans.saveConversion')).toEqual([]);
  });

  it('puts a conversion larger than the room left in the zone on the Area field, and saves nothing', async () => {
    const { user, state } = openZone();
    const dialog = await addConversion(user, { from: 'Croplands', to: 'Artificial areas', area: '60' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const areaField = within(dialog).getByLabelText(/^Area/);
    expect(await within(dialog).findByText(/The zone covers 50 km², and its other conversions leave 50 km² for this one/)).toBeTruthy();
    expect(descriptionOf(areaField)).toContain('The zone covers 50 km²');
    expect(document.activeElement).toBe(areaField);
    expect(state.plans.conversions).toEqual([]);
  });

  it('marks cropland turned to artificial areas as a loss of the land type, and the reverse as none, saying why', async () => {
    const { user } = openZone();
    await user.click(within(await addConversion(user, { from: 'Croplands', to: 'Artificial areas', area: '20' })).getByRole('button', { name: 'Save' }));
    await user.click(within(await addConversion(user, { from: 'Artificial areas', to: 'Tree-covered areas', area: '5' })).getByRole('button', { name: 'Save' }));

    const table = await screen.findByRole('table', { name: 'Planned conversions in the zone Peri-urban belt' });
    const loss = within(table).getByRole('rowheader', { name: 'Croplands → Artificial areas' }).closest('tr')!;
    expect(within(loss).getByText('Counts as a loss')).toBeTruthy();
    expect(loss.textContent).toContain(
      'The national transition matrix counts a change from Croplands to Artificial areas as degradation, so this conversion is an anticipated loss in the worksheet of CL-1 · Cropland.',
    );
    const gain = within(table).getByRole('rowheader', { name: 'Artificial areas → Tree-covered areas' }).closest('tr')!;
    expect(within(gain).getByText('Not a loss')).toBeTruthy();
    expect(gain.textContent).toContain('as stable or as an improvement');
  });

  it('deletes a conversion without asking, and Undo brings it back', async () => {
    const { user } = openZone();
    await user.click(within(await addConversion(user, { from: 'Croplands', to: 'Artificial areas', area: '20' })).getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Delete the conversion Croplands → Artificial areas in 2028' }));
    expect(await screen.findByText('No conversions planned in this zone yet.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('rowheader', { name: 'Croplands → Artificial areas' })).toBeTruthy();
  });
});
