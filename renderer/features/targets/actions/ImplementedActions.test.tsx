import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeId } from '../../../test/inMemoryBackend';
import { fakeAction } from '../../../test/inMemoryTargets';
import { descriptionOf } from '../../../test/renderApp';
import { openTargets, target } from '../targetsTestData';

const national = target({ text: 'Restore 9,000 ha nationally' });
const kitui = target({ text: 'Restore 3,000 ha in Kitui', parentTargetId: national.id, level: 'subnational', targetAreaKm2: 30 });
/** The actions section of a target's page (its table scroller carries the same name). */
const actionsSection = async () => (await screen.findByRole('heading', { level: 2, name: 'Implemented actions' })).closest('section')!;

describe('implemented actions', () => {
  it('creates an action linked to two targets, and both targets show it on their pages', async () => {
    const { user, inputsOf } = openTargets({ targets: [national, kitui] });
    await user.click(await screen.findByRole('link', { name: 'Implemented actions' }));
    await user.click(await screen.findByRole('button', { name: 'Add implemented action' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add implemented action' });
    await user.type(within(dialog).getByLabelText(/^Description/), 'Terracing on the Mwingi slopes');
    await user.type(within(dialog).getByLabelText(/^Location/), 'Mwingi');
    await user.type(within(dialog).getByLabelText(/^Start date/), '2024-05-01');
    await user.type(within(dialog).getByLabelText(/^Area/), '12.5');
    await user.selectOptions(within(dialog).getByLabelText(/^Funding source/), 'International public funds');
    const linked = within(dialog).getByRole('group', { name: /^Linked targets/ });
    await user.click(within(linked).getByRole('checkbox', { name: national.text }));
    await user.click(within(linked).getByRole('checkbox', { name: kitui.text }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const actionRow = async () => (await screen.findByRole('rowheader', { name: 'Terracing on the Mwingi slopes' })).closest('tr')!;
    const row = await actionRow();
    expect(within(row).getByText('May 1, 2024')).toBeTruthy();
    expect(within(row).getByText('International public funds')).toBeTruthy();
    expect(inputsOf('targets.saveAction')).toEqual([
      expect.objectContaining({ description: 'Terracing on the Mwingi slopes', locationName: 'Mwingi', startDate: '2024-05-01', areaKm2: 12.5, fundingSource: 'international_public', targetIds: [national.id, kitui.id] }),
    ]);

    for (const linkedTarget of [national, kitui]) {
      await user.click(within(await actionRow()).getByRole('link', { name: linkedTarget.text }));
      await screen.findByRole('heading', { level: 1, name: linkedTarget.text });
      const onTarget = (await within(await actionsSection()).findByRole('rowheader', { name: 'Terracing on the Mwingi slopes' })).closest('tr')!;
      // The page's own target is named as such; the other one is a link to it.
      expect(within(onTarget).getByText('This target')).toBeTruthy();
      await user.click(screen.getByRole('link', { name: 'All targets' }));
      await user.click(await screen.findByRole('link', { name: 'Implemented actions' }));
      await screen.findByRole('heading', { level: 1, name: 'Implemented actions' });
    }
  });

  it('adds an action from a target page already linked to that target', async () => {
    const { user, inputsOf } = openTargets({ path: `/targets/${kitui.id}`, targets: [national, kitui] });
    await user.click(within(await actionsSection()).getByRole('button', { name: 'Add implemented action' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add implemented action' });
    expect(within(dialog).getByRole('checkbox', { name: kitui.text })).toHaveProperty('checked', true);
    expect(within(dialog).getByRole('checkbox', { name: national.text })).toHaveProperty('checked', false);
    await user.type(within(dialog).getByLabelText(/^Description/), 'Grass strips');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    // Nothing typed in the required start date: refused at the field, nothing saved.
    const startDate = within(dialog).getByLabelText(/^Start date/);
    expect(descriptionOf(startDate)).toContain('This field is required');
    expect(inputsOf('targets.saveAction')).toEqual([]);

    await user.type(startDate, '2025-01-15');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(await actionsSection()).findByRole('rowheader', { name: 'Grass strips' })).toBeTruthy();
    expect(inputsOf('targets.saveAction')).toEqual([expect.objectContaining({ targetIds: [kitui.id] })]);
  });

  it('deletes an action at once and brings it back, still linked, with Undo', async () => {
    const terracing = fakeAction(fakeId(), { targetIds: [kitui.id] });
    const { user, inputsOf } = openTargets({ path: `/targets/${kitui.id}`, targets: [national, kitui], actions: [terracing] });
    const section = await actionsSection();
    await user.click(await within(section).findByRole('button', { name: `Delete implemented action ${terracing.description}` }));
    await waitFor(() => expect(within(section).queryByRole('rowheader', { name: terracing.description })).toBeNull());
    expect(within(section).getByText('No implemented action is linked to this target.')).toBeTruthy();
    expect(screen.getByText(`Implemented action “${terracing.description}” deleted.`)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await within(section).findByRole('rowheader', { name: terracing.description })).toBeTruthy();
    expect(inputsOf('targets.restoreAction')).toEqual([{ id: terracing.id }]);
  });

  it('asks for a revision note before saving an action that came from an earlier report', async () => {
    const reported = fakeAction(fakeId(), { description: 'Reforestation of the Tana banks', provenance: 'prais4_2022', targetIds: [national.id] });
    const { user, inputsOf } = openTargets({ path: '/targets/actions', targets: [national, kitui], actions: [reported] });
    await user.click(await screen.findByRole('button', { name: `Edit implemented action ${reported.description}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit implemented action' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const note = within(dialog).getByLabelText(/^Revision note/);
    expect(descriptionOf(note)).toContain('This action comes from an earlier report');
    expect(inputsOf('targets.saveAction')).toEqual([]);

    await user.type(note, 'Area corrected after the 2025 field survey.');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(inputsOf('targets.saveAction')).toEqual([
      expect.objectContaining({ id: reported.id, provenance: 'prais4_2022', revisionNote: 'Area corrected after the 2025 field survey.', targetIds: [national.id] }),
    ]);
  });

  it('reads right to left in Arabic, with the glossary’s term', async () => {
    const terracing = fakeAction(fakeId(), { targetIds: [national.id] });
    openTargets({ path: '/targets/actions', targets: [national], actions: [terracing], language: 'ar' });
    expect(await screen.findByRole('heading', { level: 1, name: 'الإجراءات المنفذة' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
    expect(await screen.findByRole('button', { name: `تعديل الإجراء المنفذ ${terracing.description}` })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'مصدر التمويل' })).toBeTruthy();
  });
});
