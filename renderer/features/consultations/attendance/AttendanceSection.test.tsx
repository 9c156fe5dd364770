import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { consultation, openConsultations, person } from '../testFixtures';

function openAttendance() {
  const workshop = consultation({ title: 'Hotspots workshop' });
  const amina = person({ name: 'Amina Odhiambo', organisation: 'Ministry of Environment', sex: 'female' });
  const baraka = person({ name: 'Baraka Mwangi', organisation: 'Kenya Forest Service', sex: 'male' });
  const fake = openConsultations(`/consultations/${workshop.id}`, { consultations: [workshop], people: [amina, baraka] });
  return { ...fake, workshop, amina, baraka };
}

/** The type-ahead's choices (the page has other person lists, e.g. "raised by"). */
const matches = () => within(screen.getByRole('listbox', { name: 'People in the register' }));

async function nameField() {
  const form = await screen.findByRole('form', { name: 'Sign in a participant' });
  return { form, name: within(form).getByRole('combobox', { name: 'Name or organisation' }) };
}

describe('attendance entry', () => {
  it('finds people by name or organisation and adds the highlighted one with Enter, keyboard only', async () => {
    const { user, inputsOf, workshop, amina, baraka } = openAttendance();
    const { name } = await nameField();
    name.focus();

    await user.keyboard('ami');
    expect(matches().getByRole('option', { name: 'Amina Odhiambo (Ministry of Environment)' }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('rowheader', { name: 'Amina Odhiambo' })).toBeTruthy();
    expect(name).toHaveProperty('value', '');
    expect(document.activeElement).toBe(name);

    // By organisation; the arrow keys move past the match to "new person" and back.
    await user.keyboard('forest service{ArrowDown}{ArrowUp}{Enter}');
    expect(await screen.findByRole('rowheader', { name: 'Baraka Mwangi' })).toBeTruthy();
    expect(inputsOf('consultations.setAttendance').at(-1)).toEqual({ consultationId: workshop.id, personIds: [amina.id, baraka.id] });
    expect(screen.getByText('Attendees: 2')).toBeTruthy();
    expect(screen.getByText('Female: 1')).toBeTruthy();
    expect(screen.getByText('Male: 1')).toBeTruthy();
  });

  it('registers someone new in the same row: name, Tab to sex, age band and sector, Enter, and back to the name', async () => {
    const { user, inputsOf, state } = openAttendance();
    const { form, name } = await nameField();
    name.focus();

    await user.keyboard('Zawadi Njeri');
    expect(matches().getByRole('option', { name: 'Register "Zawadi Njeri" as a new person' }).getAttribute('aria-selected')).toBe('true');
    await user.tab();
    const sex = within(form).getByRole('combobox', { name: 'Sex' });
    expect(document.activeElement).toBe(sex);
    await user.selectOptions(sex, 'Female');
    await user.tab();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Age band' }), '18 to 24');
    await user.tab();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Sector' }), "Women's group");
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('rowheader', { name: 'Zawadi Njeri' })).toBeTruthy();
    expect(inputsOf('consultations.savePerson')).toEqual([{ name: 'Zawadi Njeri', sex: 'female', ageBand: '18_24', sector: 'womens_group' }]);
    expect(state.consultations.attendance).toHaveLength(1);
    expect(document.activeElement).toBe(name);
    expect(screen.getByText('Female: 1')).toBeTruthy();

    // A name nobody has: Enter in the name field registers and adds at once, with the choices kept.
    await user.keyboard('Otieno Ouma{Enter}');
    expect(await screen.findByRole('rowheader', { name: 'Otieno Ouma' })).toBeTruthy();
    expect(inputsOf('consultations.savePerson').at(-1)).toEqual({ name: 'Otieno Ouma', sex: 'female', ageBand: '18_24', sector: 'womens_group' });
    expect(screen.getByText('Attendees: 2')).toBeTruthy();
  });

  it('adds many people typed one after another without losing any', async () => {
    const people = Array.from({ length: 12 }, (_, i) => person({ name: `Participant ${String(i + 1).padStart(2, '0')}`, sex: i % 2 ? 'male' : 'female' }));
    const workshop = consultation();
    const { user, state } = openConsultations(`/consultations/${workshop.id}`, { consultations: [workshop], people });
    const { name } = await nameField();
    name.focus();
    for (const p of people) await user.keyboard(`${p.name}{Enter}`);
    expect(await screen.findByText('Attendees: 12')).toBeTruthy();
    expect(screen.getByText('Female: 6')).toBeTruthy();
    expect(state.consultations.attendance).toHaveLength(12);
  });

  it('removes an attendee and brings them back with Undo', async () => {
    const workshop = consultation();
    const amina = person({ name: 'Amina', sex: 'female' });
    const { user } = openConsultations(`/consultations/${workshop.id}`, {
      consultations: [workshop],
      people: [amina],
      attendance: [{ consultationId: workshop.id, personId: amina.id }],
    });
    await user.click(await screen.findByRole('button', { name: 'Remove Amina from the attendance' }));
    expect(await screen.findByText('Nobody signed in yet.')).toBeTruthy();
    expect(screen.getByText('Attendees: 0')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('rowheader', { name: 'Amina' })).toBeTruthy();
  });
});
