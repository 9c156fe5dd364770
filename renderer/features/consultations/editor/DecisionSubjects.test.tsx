import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LandUsePlan } from '../../../../shared/plans/schema';
import { fakeId } from '../../../test/inMemoryBackend';
import { emptyBaseline } from '../../../test/inMemoryBaseline';
import { emptyPlans } from '../../../test/inMemoryPlans';
import { consultation, openConsultations } from '../testFixtures';

const AT = '2026-03-01T09:00:00.000Z';
const plan = (name: string): LandUsePlan => ({
  id: fakeId(),
  createdAt: AT,
  updatedAt: AT,
  deletedAt: null,
  name,
  level: 'subnational',
  instrument: null,
  adoptingBody: null,
  status: 'under_consultation',
  periodStart: null,
  periodEnd: null,
  notes: null,
});

describe('decisions on a transition-matrix cell and on a land-use plan', () => {
  it('links a decision to a cell of the national matrix, chosen by its classes, and names the cell', async () => {
    const workshop = consultation({ purpose: 'transition_matrix' });
    const { user, inputsOf } = openConsultations(`/consultations/${workshop.id}`, { consultations: [workshop] });
    const form = await screen.findByRole('form', { name: 'Add the decision' });
    await user.type(within(form).getByLabelText('Decision'), 'Cropland returning to grassland counts as improvement');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Shaped which record' }), 'Transition matrix cell');
    const cells = await within(form).findByRole('combobox', { name: 'Transition matrix cell' });
    // An empty choice, then all 49 cells, row by row.
    expect(within(cells).getAllByRole('option')).toHaveLength(50);
    await user.selectOptions(cells, 'Croplands to Grasslands');
    await user.click(within(form).getByRole('button', { name: 'Add the decision' }));

    expect(await screen.findByText('Shaped: Transition matrix cell: Croplands to Grasslands')).toBeTruthy();
    expect(inputsOf('consultations.save').at(-1)?.decisions).toEqual([
      { text: 'Cropland returning to grassland counts as improvement', subjectType: 'transition_matrix_cell', subjectId: 'national:3:2' },
    ]);
  });

  it("links a decision to a cell of a region's own matrix, the matrix chosen first, and names the region", async () => {
    const baseline = emptyBaseline(fakeId());
    const matrix = baseline.baseline.transitionMatrix;
    const [coast, inland] = [fakeId(), fakeId()];
    baseline.baseline.regions = [
      { id: coast, name: 'Coast', areaKm2: 69_140, transitionMatrix: matrix },
      { id: inland, name: 'Inland', areaKm2: 500_000, transitionMatrix: matrix },
    ];
    const workshop = consultation({ purpose: 'transition_matrix' });
    const { user, inputsOf } = openConsultations(`/consultations/${workshop.id}`, { consultations: [workshop] }, { baseline });
    const form = await screen.findByRole('form', { name: 'Add the decision' });
    await user.type(within(form).getByLabelText('Decision'), 'On the coast, cropland returning to grassland is stable');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Shaped which record' }), 'Transition matrix cell');
    const matrices = await within(form).findByRole('combobox', { name: 'Matrix' });
    expect(within(matrices).getAllByRole('option').map((o) => o.textContent)).toEqual(['National matrix', 'Coast', 'Inland']);
    await user.selectOptions(matrices, 'Coast');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Transition matrix cell' }), 'Croplands to Grasslands');
    await user.click(within(form).getByRole('button', { name: 'Add the decision' }));

    expect(await screen.findByText('Shaped: Transition matrix cell: Coast: Croplands to Grasslands')).toBeTruthy();
    expect(inputsOf('consultations.save').at(-1)?.decisions).toEqual([
      { text: 'On the coast, cropland returning to grassland is stable', subjectType: 'transition_matrix_cell', subjectId: `region:${coast}:3:2` },
    ]);
  });

  it('links a decision to a land-use plan from the plans of the workspace', async () => {
    const laikipia = plan('Laikipia County Spatial Plan');
    const workshop = consultation({ purpose: 'land_use_planning' });
    const { user, inputsOf } = openConsultations(`/consultations/${workshop.id}`, { consultations: [workshop] }, { plans: { ...emptyPlans(), plans: [plan('Coast Region Plan'), laikipia] } });
    const form = await screen.findByRole('form', { name: 'Add the decision' });
    await user.type(within(form).getByLabelText('Decision'), 'Keep the wildlife corridor out of the agriculture zone');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Shaped which record' }), 'Land-use plan');
    await user.selectOptions(await within(form).findByRole('combobox', { name: 'Land-use plan' }), 'Laikipia County Spatial Plan');
    await user.click(within(form).getByRole('button', { name: 'Add the decision' }));

    expect(await screen.findByText('Shaped: Land-use plan: Laikipia County Spatial Plan')).toBeTruthy();
    expect(inputsOf('consultations.save').at(-1)?.decisions).toEqual([
      { text: 'Keep the wildlife corridor out of the agriculture zone', subjectType: 'land_use_plan', subjectId: laikipia.id },
    ]);
  });

  it('says at the record picker that a kind was chosen without a record, and saves nothing', async () => {
    const workshop = consultation();
    const { user, inputsOf } = openConsultations(`/consultations/${workshop.id}`, { consultations: [workshop] });
    const form = await screen.findByRole('form', { name: 'Add the decision' });
    await user.type(within(form).getByLabelText('Decision'), 'Review the matrix');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Shaped which record' }), 'Transition matrix cell');
    await user.click(within(form).getByRole('button', { name: 'Add the decision' }));
    const message = await within(form).findByText('To link this decision, choose both the kind of record and the record itself.');
    expect(within(form).getByRole('combobox', { name: 'Transition matrix cell' }).getAttribute('aria-describedby')).toBe(message.id);
    expect(inputsOf('consultations.save')).toEqual([]);
  });
});
