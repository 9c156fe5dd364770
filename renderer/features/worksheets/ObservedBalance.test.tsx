import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  balanceOf,
  balancePanel,
  cellsOf,
  cropland,
  forest,
  loss,
  measure,
  OBSERVED_LABEL,
  observedCropland,
  openWorksheets,
  worksheetOf,
} from './worksheetsTestData';

/**
 * Planned for CL-1: 20 km² lost in 2025, 10 km² reversed over 2026–2030 → 10 − 20 = −10, not in balance.
 * Observed: 12.5 − 8 = 4.5, in balance. FL-1 has a planned loss and nothing observed.
 */
const setup = { landTypes: [cropland, forest], losses: [loss(cropland), loss(forest)], measures: [measure(cropland, { areaKm2: 10 })] };

describe('observed balance beside the planned one', () => {
  it('shows the observed balance of a land type under its planned one in the balance panel, with its source', async () => {
    openWorksheets({ ...setup, observedCounterbalancing: [observedCropland] });
    const item = await balanceOf('CL-1');
    expect(await within(item).findByText(OBSERVED_LABEL)).toBeTruthy();
    expect(within(item).getByText('Planned (this scenario)')).toBeTruthy();
    // The planned net and status first, then the observed ones: the two statuses differ.
    expect(within(item).getAllByText('Net').map((net) => net.nextSibling?.textContent)).toEqual(['-10 km²', '4.5 km²']);
    expect(within(item).getByText('Gains').nextSibling?.textContent).toBe('12.5 km²');
    expect(within(item).getByText('Losses').nextSibling?.textContent).toBe('8 km²');
    expect(within(item).getByText('Not in balance')).toBeTruthy();
    expect(within(item).getByText('In balance')).toBeTruthy();
    // Plain words on what each means, once for the panel.
    expect((await balancePanel()).textContent).toContain('Observed is looked back on (ex-post)');
    // FL-1 has nothing observed: only its planned balance, unlabelled.
    const forestItem = await balanceOf('FL-1');
    expect(within(forestItem).queryByText('Planned (this scenario)')).toBeNull();
    expect(forestItem.textContent).not.toContain('Trends.Earth');
  });

  it('sets planned and observed row under row in the land type of the page', async () => {
    openWorksheets({ ...setup, observedCounterbalancing: [observedCropland] });
    const sheet = await worksheetOf('CL-1', 'Cropland');
    const table = await within(sheet).findByRole('table', { name: 'CL-1: planned and observed balance' });
    const [, planned, observed] = within(table).getAllByRole('row');
    // Planned gains are the reverse gains, planned losses the remaining loss.
    expect(cellsOf(planned!)).toEqual(['Planned (this scenario)', '10 km²', '20 km²', '-10 km²', 'Not in balance']);
    expect(cellsOf(observed!)).toEqual([OBSERVED_LABEL, '12.5 km²', '8 km²', '4.5 km²', 'In balance']);
    expect(sheet.textContent).toContain('Planned is looked ahead (ex-ante)');
    const forestSheet = await worksheetOf('FL-1', 'Forest');
    expect(within(forestSheet).queryByRole('table', { name: 'FL-1: planned and observed balance' })).toBeNull();
  });

  it("sets them side by side in the guided mode's result step too", async () => {
    const { user } = openWorksheets({ ...setup, observedCounterbalancing: [observedCropland] });
    await user.click(await screen.findByRole('radio', { name: 'Guided mode (workshop)' }));
    // Losses, avoid, reduce, reverse, then the result of CL-1.
    for (let step = 0; step < 4; step++) await user.click(screen.getByRole('button', { name: 'Next' }));
    const table = await screen.findByRole('table', { name: 'CL-1: planned and observed balance' });
    expect(within(table).getByRole('rowheader', { name: OBSERVED_LABEL })).toBeTruthy();
  });

  it('sets them side by side under the keyboard tables too, for the land types observed', async () => {
    const { user } = openWorksheets({ ...setup, observedCounterbalancing: [observedCropland] });
    await user.click(await screen.findByRole('radio', { name: 'Table (keyboard)' }));
    const section = await screen.findByRole('region', { name: 'Planned and observed' });
    const table = await within(section).findByRole('table', { name: 'CL-1: planned and observed balance' });
    expect(within(table).getAllByRole('row').slice(1).map(cellsOf)).toEqual([
      ['Planned (this scenario)', '10 km²', '20 km²', '-10 km²', 'Not in balance'],
      [OBSERVED_LABEL, '12.5 km²', '8 km²', '4.5 km²', 'In balance'],
    ]);
    expect(within(section).getByRole('heading', { name: 'CL-1 · Cropland' })).toBeTruthy();
    expect(within(section).queryByRole('table', { name: 'FL-1: planned and observed balance' })).toBeNull();
  });

  it('shows nothing extra when nothing was imported from Trends.Earth', async () => {
    openWorksheets(setup);
    const item = await balanceOf('CL-1');
    expect(within(item).getAllByText('Net')).toHaveLength(1);
    const page = document.body.textContent ?? '';
    expect(page).not.toContain('Planned (this scenario)');
    expect(page).not.toContain('Observed (Trends.Earth');
    expect(page).not.toContain('ex-post');
    expect(screen.queryByRole('table', { name: 'CL-1: planned and observed balance' })).toBeNull();
  });

  it('labels both in Arabic, right to left', async () => {
    openWorksheets({ ...setup, observedCounterbalancing: [observedCropland] }, 'ar');
    const panel = await screen.findByRole('complementary', { name: 'التوازن' });
    const item = await within(panel).findByRole('listitem', { name: 'CL-1' });
    expect(document.documentElement.dir).toBe('rtl');
    expect(within(item).getByText('المخطط (هذا السيناريو)')).toBeTruthy();
    expect(item.textContent).toContain('المرصود (Trends.Earth، counterbalancing.json، ');
    expect(within(item).getByText('المكاسب')).toBeTruthy();
  });
});
