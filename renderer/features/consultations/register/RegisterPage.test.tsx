import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { descriptionOf } from '../../../test/renderApp';
import { openConsultations, person } from '../testFixtures';

describe('stakeholder register', () => {
  it('registers a person with only what they agreed to give, and lists them', async () => {
    const { user, inputsOf } = openConsultations('/consultations/register');
    await user.click(await screen.findByRole('button', { name: 'Register a person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Register a person' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'Wanjiru Kamau');
    await user.type(within(dialog).getByLabelText(/^Organisation/), 'Laikipia Farmers');
    await user.selectOptions(within(dialog).getByLabelText(/^Sector/), 'Farmers\' organisation');
    await user.selectOptions(within(dialog).getByLabelText(/^Sex/), 'Female');
    await user.click(within(dialog).getByLabelText('Youth'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const row = (await screen.findByRole('rowheader', { name: 'Wanjiru Kamau' })).closest('tr')!;
    expect(within(row).getByText('Laikipia Farmers')).toBeTruthy();
    expect(within(row).getByText('Female')).toBeTruthy();
    expect(within(row).getByText('Youth')).toBeTruthy();
    expect(inputsOf('consultations.savePerson')).toEqual([
      expect.objectContaining({ name: 'Wanjiru Kamau', sector: 'farmers_organisation', sex: 'female', isYouth: true, isIplc: false }),
    ]);
  });

  it('says at the field that consent needs a scope as well as a date, and saves nothing', async () => {
    const { user, inputsOf } = openConsultations('/consultations/register');
    await user.click(await screen.findByRole('button', { name: 'Register a person' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/^Consent given on/), '2026-01-15');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(descriptionOf(within(dialog).getByLabelText(/^Consent covers/))).toContain('Consent needs both the date it was given and what it covers.');
    expect(inputsOf('consultations.savePerson')).toEqual([]);
  });

  it('filters by sector and by the IPLC flag', async () => {
    const { user } = openConsultations('/consultations/register', {
      people: [
        person({ name: 'Amina', sector: 'government' }),
        person({ name: 'Baraka', sector: 'iplc', isIplc: true }),
        person({ name: 'Chebet', sector: 'research', isIplc: true }),
      ],
    });
    await screen.findByRole('rowheader', { name: 'Amina' });
    await user.click(screen.getByLabelText('Indigenous Peoples and local communities only'));
    expect(screen.queryByRole('rowheader', { name: 'Amina' })).toBeNull();
    expect(screen.getByText('Showing 2 of 3')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sector' }), 'Research and academia');
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Chebet']);
  });

  it('explains what erasing does before doing it, then shows the entry as erased with its counts kept', async () => {
    const amina = person({ name: 'Amina Odhiambo', organisation: 'Ministry of Environment', sex: 'female', sector: 'government', email: 'amina@example.org' });
    const { user, inputsOf, state } = openConsultations('/consultations/register', { people: [amina] });
    await user.click(await screen.findByRole('button', { name: 'Erase the personal details of Amina Odhiambo' }));

    const confirm = await screen.findByRole('alertdialog', { name: 'Erase the personal details of Amina Odhiambo?' });
    expect(within(confirm).getByText(/name, organisation, email, phone and notes are cleared everywhere/)).toBeTruthy();
    expect(within(confirm).getByText(/every count of participants stays right/)).toBeTruthy();
    expect(within(confirm).getByText('This cannot be undone.')).toBeTruthy();
    expect(inputsOf('consultations.erasePerson')).toEqual([]);

    await user.click(within(confirm).getByRole('button', { name: 'Erase personal details' }));
    const row = (await screen.findByRole('rowheader', { name: '[erased]' })).closest('tr')!;
    expect(within(row).queryByText('Ministry of Environment')).toBeNull();
    expect(within(row).getByText('Female')).toBeTruthy();
    expect(within(row).getByText('Government')).toBeTruthy();
    expect(within(row).queryByRole('button', { name: /Edit/ })).toBeNull();
    expect(screen.queryByText(/Amina Odhiambo/)).toBeNull();
    expect(state.consultations.people[0]).toMatchObject({ name: null, email: null, sex: 'female' });
  });

  it('cancels erasing with Escape and keeps the person', async () => {
    const { user, inputsOf } = openConsultations('/consultations/register', { people: [person({ name: 'Amina' })] });
    await user.click(await screen.findByRole('button', { name: 'Erase the personal details of Amina' }));
    await screen.findByRole('alertdialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('rowheader', { name: 'Amina' })).toBeTruthy();
    expect(inputsOf('consultations.erasePerson')).toEqual([]);
  });
});
