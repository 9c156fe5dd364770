import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Contribution, Decision, FollowUpAction } from '../../../../shared/consultations/outcomes';
import { fakeId } from '../../../test/inMemoryBackend';
import { consultation, openConsultations, person } from '../testFixtures';

const AT = '2026-03-01T09:00:00.000Z';
const stamps = () => ({ id: fakeId(), createdAt: AT, updatedAt: AT, deletedAt: null });

/** A held workshop with one issue, one decision and one follow-up action, and two people in the register. */
function workshopWithOutcomes() {
  const amina = person({ name: 'Amina' });
  const otieno = person({ name: 'Otieno' });
  const workshop = consultation({ title: 'Hotspots workshop' });
  const issue: Contribution = { ...stamps(), consultationId: workshop.id, personId: null, groupLabel: 'Pastoralists', issue: 'Rangeland shown as bare land', response: null };
  const decision: Decision = { ...stamps(), consultationId: workshop.id, text: 'Recheck bare land', dissent: null, subjectType: null, subjectId: null };
  const action: FollowUpAction = { ...stamps(), consultationId: workshop.id, description: 'Send the maps', ownerId: amina.id, dueDate: '2026-03-20', completedDate: null };
  const fake = openConsultations(`/consultations/${workshop.id}`, { people: [amina, otieno], consultations: [workshop], contributions: [issue], decisions: [decision], actions: [action] });
  return { ...fake, amina, otieno, issue, decision, action };
}

describe('editing outcomes in place', () => {
  it('edits an issue in a dialog, keeping its place and id', async () => {
    const { user, inputsOf, issue } = workshopWithOutcomes();
    await user.click(await screen.findByRole('button', { name: 'Edit the issue Rangeland shown as bare land' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the issue raised' });
    expect(within(dialog).getByLabelText<HTMLInputElement>('or by a group').value).toBe('Pastoralists');
    await user.type(within(dialog).getByLabelText('Response'), 'Checked with Landsat imagery');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Response: Checked with Landsat imagery')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(inputsOf('consultations.save').at(-1)?.contributions).toEqual([
      { id: issue.id, groupLabel: 'Pastoralists', issue: 'Rangeland shown as bare land', response: 'Checked with Landsat imagery' },
    ]);
  });

  it('keeps the dialog open with the message at the field when the edit breaks the row, and saves nothing', async () => {
    const { user, inputsOf } = workshopWithOutcomes();
    await user.click(await screen.findByRole('button', { name: 'Edit the issue Rangeland shown as bare land' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the issue raised' });
    await user.clear(within(dialog).getByLabelText('or by a group'));
    await user.clear(within(dialog).getByLabelText('Issue raised'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const issueField = within(dialog).getByLabelText('Issue raised');
    expect(issueField.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText('Say who raised this issue: either a person from the register or a group, not both.')).toBeTruthy();
    expect(inputsOf('consultations.save')).toEqual([]);
    await user.keyboard('{Escape}');
    expect(screen.getByText('Raised by Pastoralists')).toBeTruthy();
  });

  it('edits a decision: its text, its dissent and the record it shaped', async () => {
    const { user, inputsOf, decision } = workshopWithOutcomes();
    await user.click(await screen.findByRole('button', { name: 'Edit the decision Recheck bare land' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the decision' });
    await user.type(within(dialog).getByLabelText('Dissent'), 'The county asked for field checks first');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Shaped which record' }), 'Transition matrix cell');
    await user.selectOptions(await within(dialog).findByRole('combobox', { name: 'Transition matrix cell' }), 'Grasslands to Other lands');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Shaped: Transition matrix cell: Grasslands to Other lands')).toBeTruthy();
    expect(inputsOf('consultations.save').at(-1)?.decisions).toEqual([
      { id: decision.id, text: 'Recheck bare land', dissent: 'The county asked for field checks first', subjectType: 'transition_matrix_cell', subjectId: 'national:2:6' },
    ]);
  });

  it('edits a follow-up action: another owner, a later due date, and the day it was done', async () => {
    const { user, inputsOf, action, otieno } = workshopWithOutcomes();
    await user.click(await screen.findByRole('button', { name: 'Edit the action Send the maps' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the follow-up action' });
    await user.selectOptions(within(dialog).getByLabelText('Owner'), 'Otieno');
    await user.clear(within(dialog).getByLabelText('Due date'));
    await user.type(within(dialog).getByLabelText('Due date'), '2026-04-03');
    await user.type(within(dialog).getByLabelText('Done on'), '2026-03-30');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/^Otieno · due/)).toBeTruthy();
    expect(inputsOf('consultations.save').at(-1)?.actions).toEqual([
      { id: action.id, description: 'Send the maps', ownerId: otieno.id, dueDate: '2026-04-03', completedDate: '2026-03-30' },
    ]);
  });
});
