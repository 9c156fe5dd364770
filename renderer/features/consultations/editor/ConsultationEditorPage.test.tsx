import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeId } from '../../../test/inMemoryBackend';
import { emptyTargets, fakeTarget } from '../../../test/inMemoryTargets';
import { consultation, fakeLandType, openConsultations, person } from '../testFixtures';

describe('consultation editor', () => {
  it('records a new consultation and opens it for attendance and outcomes', async () => {
    const { user, inputsOf, router } = openConsultations('/consultations/new');
    const details = await screen.findByRole('form', { name: 'Details' });
    await user.type(within(details).getByLabelText(/^Title/), 'Validation of the hotspot map');
    await user.clear(within(details).getByLabelText(/^Start date/));
    await user.type(within(details).getByLabelText(/^Start date/), '2026-02-10');
    await user.selectOptions(within(details).getByLabelText(/^Purpose/), 'Hotspots');
    await user.click(within(details).getByRole('button', { name: 'Create the consultation' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Validation of the hotspot map' })).toBeTruthy();
    expect(router.state.location.pathname).toMatch(/^\/consultations\/0189/);
    expect(inputsOf('consultations.save')[0]).toMatchObject({ title: 'Validation of the hotspot map', purpose: 'hotspots', status: 'held', startDate: '2026-02-10' });
    expect(screen.getByRole('form', { name: 'Sign in a participant' })).toBeTruthy();
  });

  it('refuses a held consultation dated in the future, at the Start date field', async () => {
    const { user, inputsOf } = openConsultations('/consultations/new');
    const details = await screen.findByRole('form', { name: 'Details' });
    await user.type(within(details).getByLabelText(/^Title/), 'Next workshop');
    await user.clear(within(details).getByLabelText(/^Start date/));
    await user.type(within(details).getByLabelText(/^Start date/), '2099-01-01');
    await user.click(within(details).getByRole('button', { name: 'Create the consultation' }));
    expect(await within(details).findByText('This date is in the future. Enter the date on which it happened.')).toBeTruthy();
    expect(inputsOf('consultations.save')).toEqual([]);
  });

  it('offers every kind of record a decision can shape', async () => {
    const workshop = consultation();
    openConsultations(`/consultations/${workshop.id}`, { consultations: [workshop] });
    const decisions = await screen.findByRole('form', { name: 'Add the decision' });
    const kinds = within(within(decisions).getByRole('combobox', { name: 'Shaped which record' })).getAllByRole('option');
    expect(kinds.map((option) => option.textContent)).toEqual([
      'No record (a decision on the process)',
      'LDN target',
      'Land type',
      'Measure (worksheets)',
      'Transition matrix cell',
      'Land-use plan',
    ]);
  });

  it('links a decision to a land type, with dissent, and shows it on the land types page', async () => {
    const landType = fakeLandType({ code: 'CL-1', name: 'Cropland on clay soils' });
    const workshop = consultation({ title: 'Target-setting workshop', purpose: 'target_setting' });
    const { user, router, inputsOf } = openConsultations(`/consultations/${workshop.id}`, { consultations: [workshop] }, { landTypes: [landType] });
    const form = await screen.findByRole('form', { name: 'Add the decision' });
    await user.type(within(form).getByLabelText('Decision'), 'Avoid conversion of clay cropland to settlements');
    await user.type(within(form).getByLabelText('Dissent'), 'County planners asked for a smaller area');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Shaped which record' }), 'Land type');
    await user.selectOptions(await within(form).findByRole('combobox', { name: 'Land type' }), 'CL-1 · Cropland on clay soils');
    await user.click(within(form).getByRole('button', { name: 'Add the decision' }));

    expect(await screen.findByText('Shaped: Land type CL-1 · Cropland on clay soils')).toBeTruthy();
    expect(inputsOf('consultations.save').at(-1)?.decisions).toEqual([
      { text: 'Avoid conversion of clay cropland to settlements', dissent: 'County planners asked for a smaller area', subjectType: 'landtype', subjectId: landType.id },
    ]);

    await router.navigate('/workspace/land-types');
    const row = (await screen.findByRole('cell', { name: 'Cropland on clay soils' })).closest('tr')!;
    await user.click(await within(row).findByText('Decisions: 1'));
    expect(within(row).getByRole('link', { name: 'Target-setting workshop' }).getAttribute('href')).toBe(`/consultations/${workshop.id}`);
    expect(within(row).getByText(/Avoid conversion of clay cropland to settlements/)).toBeTruthy();
    expect(within(row).getByText(/Dissent: County planners asked for a smaller area/)).toBeTruthy();
  });

  it('links a decision to an LDN target and names the target', async () => {
    const target = fakeTarget(fakeId(), { text: 'Achieve LDN by 2030 compared to the 2015 baseline' });
    const workshop = consultation({ purpose: 'target_setting' });
    const { user, inputsOf } = openConsultations(`/consultations/${workshop.id}`, { consultations: [workshop] }, { targets: { ...emptyTargets(), targets: [target] } });
    const form = await screen.findByRole('form', { name: 'Add the decision' });
    await user.type(within(form).getByLabelText('Decision'), 'Adopt the national target');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Shaped which record' }), 'LDN target');
    await user.selectOptions(await within(form).findByRole('combobox', { name: 'LDN target' }), target.text);
    await user.click(within(form).getByRole('button', { name: 'Add the decision' }));
    expect(await screen.findByText(`Shaped: LDN target: ${target.text}`)).toBeTruthy();
    expect(inputsOf('consultations.save').at(-1)?.decisions).toEqual([{ text: 'Adopt the national target', subjectType: 'target', subjectId: target.id }]);
  });

  it('says who must raise an issue when neither a person nor a group is given', async () => {
    const workshop = consultation();
    const { user } = openConsultations(`/consultations/${workshop.id}`, { consultations: [workshop], people: [person({ name: 'Amina' })] });
    const form = await screen.findByRole('form', { name: 'Add the issue' });
    await user.type(within(form).getByLabelText('Issue raised'), 'Grazing corridors are missing from the map');
    await user.click(within(form).getByRole('button', { name: 'Add the issue' }));
    expect(await within(form).findByText('Say who raised this issue: either a person from the register or a group, not both.')).toBeTruthy();

    await user.type(within(form).getByLabelText('or by a group'), 'Pastoralist women of Samburu');
    await user.click(within(form).getByRole('button', { name: 'Add the issue' }));
    expect(await screen.findByText('Raised by Pastoralist women of Samburu')).toBeTruthy();
  });

  it('records a follow-up action with its owner and marks it done', async () => {
    const workshop = consultation();
    const { user, state } = openConsultations(`/consultations/${workshop.id}`, { consultations: [workshop], people: [person({ name: 'Amina' })] });
    const form = await screen.findByRole('form', { name: 'Add the action' });
    await user.type(within(form).getByLabelText('Action'), 'Circulate the revised map');
    await user.selectOptions(within(form).getByLabelText('Owner'), 'Amina');
    await user.type(within(form).getByLabelText('Due date'), '2026-04-30');
    await user.click(within(form).getByRole('button', { name: 'Add the action' }));
    const done = await screen.findByRole('checkbox', { name: 'Circulate the revised map' });
    await user.click(done);
    await screen.findByText(/done on/);
    expect(state.consultations.actions.find((a) => a.deletedAt === null)?.completedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
