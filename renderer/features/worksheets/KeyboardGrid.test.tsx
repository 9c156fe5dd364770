import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeId, fakeLandType } from '../../test/inMemoryBackend';
import { descriptionOf } from '../../test/renderApp';
import { balanceOf, cropland, loss, measure, openWorksheets } from './worksheetsTestData';

describe('worksheets in the table (keyboard) mode', () => {
  async function openGrid(initial: Parameters<typeof openWorksheets>[0] = {}) {
    const opened = openWorksheets(initial);
    await opened.user.click(await screen.findByRole('radio', { name: 'Table (keyboard)' }));
    const losses = await screen.findByRole('table', { name: 'Anticipated losses of all land types' });
    const measures = await screen.findByRole('table', { name: 'Measures of all land types' });
    return { ...opened, losses, measures };
  }

  // Types three rows key by key, and as the file's first test also pays for the app's first render: more than 5 s on a busy machine.
  it('saves three anticipated losses typed with the keyboard and updates the balance', async () => {
    const { user, inputsOf, losses } = await openGrid();
    expect(await screen.findByRole('complementary', { name: 'Balance' })).toBeTruthy();
    await user.click(within(losses).getByRole('spinbutton', { name: 'Area, row 1' }));
    const entries: [area: string, year: string][] = [['10', '2026'], ['20', '2027'], ['30', '2028']];
    for (const [index, [area, year]] of entries.entries()) {
      const row = index + 1;
      expect(document.activeElement).toBe(within(losses).getByRole('spinbutton', { name: `Area, row ${row}` }));
      await user.keyboard(area);
      await user.tab();
      const driver = within(losses).getByRole('combobox', { name: `Driver, row ${row}` });
      expect(document.activeElement).toBe(driver);
      // jsdom has no keyboard for native selects; this is what arrow keys on the focused select do in a browser.
      await user.selectOptions(driver, 'Deforestation');
      await user.tab();
      await user.keyboard(`${year}{Enter}`);
      // Enter moves to the same column of the next row: the new blank row.
      await waitFor(() =>
        expect(document.activeElement).toBe(within(losses).getByRole('spinbutton', { name: `Expected year, row ${row + 1}` })),
      );
      await user.tab({ shift: true });
      await user.tab({ shift: true });
    }
    expect(inputsOf('worksheets.saveLoss')).toEqual([
      expect.objectContaining({ landTypeId: cropland.id, areaKm2: 10, driver: 'deforestation', expectedYear: 2026 }),
      expect.objectContaining({ landTypeId: cropland.id, areaKm2: 20, driver: 'deforestation', expectedYear: 2027 }),
      expect.objectContaining({ landTypeId: cropland.id, areaKm2: 30, driver: 'deforestation', expectedYear: 2028 }),
    ]);
    await waitFor(async () => expect(within(await balanceOf('CL-1')).getByText('Anticipated loss').nextSibling?.textContent).toBe('60 km²'));
    expect(within(losses).getByRole('spinbutton', { name: 'Area, row 3' })).toHaveProperty('value', '30');
    expect(within(losses).queryByText('Unsaved changes')).toBeNull();
  });

  it('refuses an end year before the start year at its cell and saves nothing', async () => {
    const { user, inputsOf, measures } = await openGrid();
    await user.click(within(measures).getByRole('combobox', { name: 'Level, row 1' }));
    await user.selectOptions(within(measures).getByRole('combobox', { name: 'Level, row 1' }), 'Avoid');
    await user.tab();
    await user.keyboard('Protect the wetland');
    await user.tab();
    await user.keyboard('5');
    await user.tab();
    await user.keyboard('2030');
    await user.tab();
    await user.keyboard('2025');

    const endYear = within(measures).getByRole('spinbutton', { name: 'End year, row 1' });
    expect(endYear.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(endYear)).toContain('The end year cannot be before the start year.');
    const startYear = within(measures).getByRole('spinbutton', { name: 'Start year, row 1' });
    expect(startYear.getAttribute('aria-invalid')).toBeNull();
    expect(within(measures).getByText('Unsaved changes')).toBeTruthy();

    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(endYear);
    expect(inputsOf('worksheets.saveMeasure')).toEqual([]);
  });

  it('puts the refusal of a reverse measure on a land type without degraded area at its Level cell', async () => {
    const { user, inputsOf, measures } = await openGrid({ landTypes: [fakeLandType({ ...cropland, degradedAreaKm2: null })] });
    const level = within(measures).getByRole('combobox', { name: 'Level, row 1' });
    await user.click(level);
    await user.selectOptions(level, 'Reverse');
    await user.tab();
    await user.keyboard('Rehabilitate gullies');
    await user.tab();
    await user.keyboard('40');
    await user.tab();
    await user.keyboard('2026');
    await user.tab();
    await user.keyboard('2027{Enter}');

    await waitFor(() => expect(level.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(level)).toContain('Land type CL-1 has no degraded area recorded.');
    expect(inputsOf('worksheets.saveMeasure')).toHaveLength(1);
    expect(within(measures).getByText('Unsaved changes')).toBeTruthy();
  });

  it('reverts the unsaved edits of a row with Escape', async () => {
    const { user, inputsOf, losses } = await openGrid({ losses: [loss(cropland, { areaKm2: 20 })] });
    const area = await within(losses).findByRole('spinbutton', { name: 'Area, row 1' });
    expect(area).toHaveProperty('value', '20');
    await user.clear(area);
    await user.keyboard('55');
    await user.tab();
    await user.selectOptions(within(losses).getByRole('combobox', { name: 'Driver, row 1' }), 'Inundation');
    expect(area).toHaveProperty('value', '55');
    expect(within(losses).getByText('Unsaved changes')).toBeTruthy();

    await user.keyboard('{Escape}');
    expect(area).toHaveProperty('value', '20');
    expect(within(losses).getByRole('combobox', { name: 'Driver, row 1' })).toHaveProperty('value', 'urban_expansion');
    expect(within(losses).queryByText('Unsaved changes')).toBeNull();
    expect(inputsOf('worksheets.saveLoss')).toEqual([]);
  });

  it('saves an edited row with its id and moves to the same column of the next row', async () => {
    const first = loss(cropland, { areaKm2: 20 });
    const { user, inputsOf, losses } = await openGrid({ losses: [first] });
    const area = await within(losses).findByRole('spinbutton', { name: 'Area, row 1' });
    await user.clear(area);
    await user.keyboard('25{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(within(losses).getByRole('spinbutton', { name: 'Area, row 2' })));
    expect(inputsOf('worksheets.saveLoss')).toEqual([expect.objectContaining({ id: first.id, areaKm2: 25 })]);
  });

  it('keeps the linked targets of a measure row edited in the grid, which has no column for them', async () => {
    const linked = measure(cropland, { targetIds: [fakeId()] });
    const { user, inputsOf, measures } = await openGrid({ measures: [linked] });
    const area = await within(measures).findByRole('spinbutton', { name: 'Area, row 1' });
    await user.clear(area);
    await user.keyboard('45{Enter}');
    await waitFor(() => expect(inputsOf('worksheets.saveMeasure')).toEqual([expect.objectContaining({ id: linked.id, areaKm2: 45, targetIds: linked.targetIds })]));
  });

  it('moves on without saving when Enter is pressed on an unchanged row', async () => {
    const { user, inputsOf, losses } = await openGrid({ losses: [loss(cropland)] });
    await user.click(await within(losses).findByRole('spinbutton', { name: 'Expected year, row 1' }));
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(losses).getByRole('spinbutton', { name: 'Expected year, row 2' })),
    );
    expect(inputsOf('worksheets.saveLoss')).toEqual([]);
  });

  it('labels the grid in Arabic', async () => {
    const { user } = openWorksheets({ losses: [loss(cropland)] }, 'ar');
    await user.click(await screen.findByRole('radio', { name: 'جدول (لوحة المفاتيح)' }));
    const losses = await screen.findByRole('table', { name: 'الخسائر المتوقعة لجميع أنواع الأراضي' });
    expect(await within(losses).findByRole('spinbutton', { name: 'المساحة، الصف 1' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'التدابير لجميع أنواع الأراضي' })).toBeTruthy();
    expect(within(losses).getByRole('button', { name: 'حذف الخسارة المتوقعة، الصف 1' })).toBeTruthy();
  });

  it('deletes a measure row with its Delete button, reached with Tab, and brings the same measure back with Undo', async () => {
    const zoning = measure(cropland, { level: 'avoid', description: 'Zoning', areaKm2: 5 });
    const terraces = measure(cropland, { level: 'reverse', description: 'Restore terraces' });
    const { user, inputsOf, measures } = await openGrid({ measures: [zoning, terraces] });
    await user.click(await within(measures).findByRole('textbox', { name: 'Co-benefits, row 1' }));
    await user.tab();
    expect(document.activeElement).toBe(within(measures).getByRole('button', { name: 'Delete measure, row 1' }));
    await user.keyboard('{Enter}');

    await screen.findByText('Measure Zoning deleted.');
    // The row below takes its place, and the keyboard focus with it.
    await waitFor(() => expect(within(measures).getByRole('textbox', { name: 'Description, row 1' })).toHaveProperty('value', 'Restore terraces'));
    await waitFor(() => expect(document.activeElement).toBe(within(measures).getByRole('combobox', { name: 'Land type, row 1' })));
    expect(within(measures).queryByRole('button', { name: 'Delete measure, row 2' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(within(measures).getByRole('textbox', { name: 'Description, row 1' })).toHaveProperty('value', 'Zoning'));
    expect(within(measures).getByRole('textbox', { name: 'Description, row 2' })).toHaveProperty('value', 'Restore terraces');
    expect(inputsOf('worksheets.deleteMeasure')).toEqual([{ id: zoning.id }]);
    expect(inputsOf('worksheets.restoreMeasure')).toEqual([{ id: zoning.id }]);
    expect(inputsOf('worksheets.saveMeasure')).toEqual([]);
  });

  it('deletes a loss row with Ctrl+Alt+Minus from any of its cells, stays in the same column, and Undo restores it', async () => {
    const first = loss(cropland, { areaKm2: 10, expectedYear: 2025 });
    const second = loss(cropland, { areaKm2: 20, expectedYear: 2026, driver: 'inundation' });
    const { user, inputsOf, losses } = await openGrid({ losses: [first, second] });
    expect(descriptionOf(losses)).toContain('Ctrl+Alt+Minus');
    await waitFor(async () => expect(within(await balanceOf('CL-1')).getByText('Anticipated loss').nextSibling?.textContent).toBe('30 km²'));
    // The blank row has nothing to delete.
    expect(within(losses).queryByRole('button', { name: 'Delete anticipated loss, row 3' })).toBeNull();

    // As in a spreadsheet, plain Delete edits the cell: it never deletes the row.
    await user.click(within(losses).getByRole('spinbutton', { name: 'Expected year, row 1' }));
    await user.keyboard('{Delete}');
    expect(inputsOf('worksheets.deleteLoss')).toEqual([]);
    await user.keyboard('{Escape}');

    await user.keyboard('{Control>}{Alt>}-{/Alt}{/Control}');
    await screen.findByText('Anticipated loss deleted.');
    await waitFor(() => expect(within(losses).getByRole('spinbutton', { name: 'Area, row 1' })).toHaveProperty('value', '20'));
    await waitFor(() => expect(document.activeElement).toBe(within(losses).getByRole('spinbutton', { name: 'Expected year, row 1' })));
    expect(within(await balanceOf('CL-1')).getByText('Anticipated loss').nextSibling?.textContent).toBe('20 km²');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(within(losses).getByRole('spinbutton', { name: 'Area, row 1' })).toHaveProperty('value', '10'));
    await waitFor(async () => expect(within(await balanceOf('CL-1')).getByText('Anticipated loss').nextSibling?.textContent).toBe('30 km²'));
    expect(inputsOf('worksheets.deleteLoss')).toEqual([{ id: first.id }]);
    expect(inputsOf('worksheets.restoreLoss')).toEqual([{ id: first.id }]);
    expect(inputsOf('worksheets.saveLoss')).toEqual([]);
  });
});
