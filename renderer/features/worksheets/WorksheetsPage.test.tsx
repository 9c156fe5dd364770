import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { descriptionOf } from '../../test/renderApp';
import { balanceOf, balancePanel, bau, cropland, forest, loss, measure, openWorksheets, worksheetOf } from './worksheetsTestData';

describe('worksheets', () => {
  it('turns a land type to "in balance" once a reverse measure outweighs its remaining loss', async () => {
    const { user, inputsOf } = openWorksheets();
    const sheet = await worksheetOf('CL-1', 'Cropland');

    await user.click(within(sheet).getByRole('button', { name: 'Add anticipated loss' }));
    let dialog = await screen.findByRole('dialog', { name: 'Add anticipated loss to CL-1' });
    await user.type(within(dialog).getByLabelText(/^Area/), '30');
    await user.selectOptions(within(dialog).getByLabelText(/^Driver/), 'Deforestation');
    await user.type(within(dialog).getByLabelText(/^Expected year/), '2027{Enter}');
    expect(await within(sheet).findByRole('cell', { name: 'Deforestation' })).toBeTruthy();
    expect(await within(await balanceOf('CL-1')).findByText('Not in balance')).toBeTruthy();
    expect(await within(await balancePanel()).findByText('0 of 1 land types in balance')).toBeTruthy();

    await user.click(within(sheet).getByRole('button', { name: 'Add reverse measure' }));
    dialog = await screen.findByRole('dialog', { name: 'Reverse: add measure to CL-1' });
    await user.type(within(dialog).getByLabelText(/^Description/), 'Rehabilitate gullies');
    await user.type(within(dialog).getByLabelText(/^Area/), '40');
    await user.type(within(dialog).getByLabelText(/^Start year/), '2026');
    await user.type(within(dialog).getByLabelText(/^End year/), '2027');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const result = await balanceOf('CL-1');
    expect(await within(result).findByText('In balance')).toBeTruthy();
    expect(within(result).getByText('Net').nextSibling?.textContent).toBe('10 km²');
    expect(within(await balancePanel()).getByText('1 of 1 land types in balance')).toBeTruthy();
    expect(inputsOf('worksheets.saveMeasure')).toEqual([
      expect.objectContaining({ level: 'reverse', areaKm2: 40, startYear: 2026, endYear: 2027 }),
    ]);
  });

  it("never lets one land type's surplus rescue another's deficit", async () => {
    openWorksheets({
      landTypes: [cropland, forest],
      losses: [loss(forest, { areaKm2: 20 })],
      measures: [measure(cropland, { areaKm2: 50 })],
    });
    expect(await within(await balanceOf('CL-1')).findByText('In balance')).toBeTruthy();
    expect(within(await balanceOf('FL-1')).getByText('Not in balance')).toBeTruthy();
    const panel = await balancePanel();
    expect(within(panel).getByText('1 of 2 land types in balance')).toBeTruthy();
    // The national sum is positive, and still only information: it is labelled so, and explained.
    expect(within(panel).getByText('Sum of all nets (for information only)').nextSibling?.nextSibling?.textContent).toBe('30 km²');
    expect(panel.textContent).toContain('Gains in one land type cannot make up for losses in another');
    expect(panel.textContent).toContain('FL-1: its anticipated losses have no response yet.');
    expect(panel.textContent).toContain('CL-1');
  });

  it('says that reverse measures alone carry a land type, in plain language', async () => {
    openWorksheets({ losses: [loss(cropland, { areaKm2: 10 })], measures: [measure(cropland, { areaKm2: 50 })] });
    const panel = await balancePanel();
    expect(await within(panel).findByText(/CL-1: only reverse measures keep this land type in balance/)).toBeTruthy();
  });

  it('shows an end year before the start year at the End year field while typing, and saves nothing', async () => {
    const { user, inputsOf } = openWorksheets();
    const sheet = await worksheetOf('CL-1', 'Cropland');
    await user.click(within(sheet).getByRole('button', { name: 'Add avoid measure' }));
    const dialog = await screen.findByRole('dialog', { name: 'Avoid: add measure to CL-1' });
    await user.type(within(dialog).getByLabelText(/^Description/), 'Protect the wetland');
    await user.type(within(dialog).getByLabelText(/^Area/), '5');
    await user.type(within(dialog).getByLabelText(/^Start year/), '2030');
    await user.type(within(dialog).getByLabelText(/^End year/), '2025');

    expect(descriptionOf(within(dialog).getByLabelText(/^End year/))).toContain('The end year cannot be before the start year.');
    expect(descriptionOf(within(dialog).getByLabelText(/^Start year/))).not.toContain('end year');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(inputsOf('worksheets.saveMeasure')).toEqual([]);
  });

  it("puts the backend's refusal of an area larger than the land type on the Area field", async () => {
    const { user } = openWorksheets();
    const sheet = await worksheetOf('CL-1', 'Cropland');
    await user.click(within(sheet).getByRole('button', { name: 'Add anticipated loss' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add anticipated loss to CL-1' });
    await user.type(within(dialog).getByLabelText(/^Area/), '5000');
    await user.selectOptions(within(dialog).getByLabelText(/^Driver/), 'Inundation');
    await user.type(within(dialog).getByLabelText(/^Expected year/), '2028{Enter}');

    await screen.findByText(/larger than the whole land type/);
    expect(descriptionOf(within(dialog).getByLabelText(/^Area/))).toContain('larger than the whole land type');
    expect(descriptionOf(within(dialog).getByLabelText(/^Expected year/))).not.toContain('larger');
  });

  it('deletes a measure at once and brings the same measure back with Undo', async () => {
    const terraces = measure(cropland, { description: 'Restore terraces' });
    const { user, inputsOf } = openWorksheets({ measures: [terraces] });
    await user.click(await screen.findByRole('button', { name: 'Delete measure Restore terraces' }));
    await screen.findByText('Measure Restore terraces deleted.');
    expect(await screen.findByText('No reverse measures recorded.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('cell', { name: 'Restore terraces' })).toBeTruthy();
    expect(inputsOf('worksheets.restoreMeasure')).toEqual([{ id: terraces.id }]);
    expect(inputsOf('worksheets.saveMeasure')).toEqual([]);
  });

  it('deletes an anticipated loss at once and brings the same loss back with Undo', async () => {
    const flood = loss(cropland, { driver: 'inundation', areaKm2: 30 });
    const { user, inputsOf } = openWorksheets({ losses: [flood] });
    const sheet = await worksheetOf('CL-1', 'Cropland');
    await within(sheet).findByRole('cell', { name: 'Inundation' });
    await user.click(within(sheet).getByRole('button', { name: 'Delete anticipated loss: Inundation, 2025' }));
    await screen.findByText('Anticipated loss deleted.');
    await waitFor(() => expect(within(sheet).queryByRole('cell', { name: 'Inundation' })).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await within(sheet).findByRole('cell', { name: 'Inundation' })).toBeTruthy();
    expect(inputsOf('worksheets.restoreLoss')).toEqual([{ id: flood.id }]);
    expect(inputsOf('worksheets.saveLoss')).toEqual([]);
    expect(within(await balanceOf('CL-1')).getByText('Not in balance')).toBeTruthy();
  });

  it('puts each wide table in a scrollable region that the keyboard can reach', async () => {
    openWorksheets({ losses: [loss(cropland)], measures: [measure(cropland, { level: 'reverse' })] });
    const sheet = await worksheetOf('CL-1', 'Cropland');
    for (const [name, caption] of [['CL-1: Reverse', 'Reverse'], ['CL-1: Anticipated losses', 'Anticipated losses']]) {
      const region = await within(sheet).findByRole('region', { name });
      expect(region.getAttribute('tabindex')).toBe('0');
      expect(within(region).getByRole('table', { name: caption })).toBeTruthy();
    }
    const path = await screen.findByRole('region', { name: 'Year-by-year balance of CL-1' });
    expect(within(path).getByRole('table')).toBeTruthy();
  });

  it('shows the same numbers in the chart and in its table', async () => {
    openWorksheets({
      losses: [loss(cropland, { areaKm2: 30, expectedYear: 2026 })],
      measures: [
        measure(cropland, { level: 'avoid', description: 'Zoning', areaKm2: 10, startYear: 2026, endYear: 2026 }),
        measure(cropland, { level: 'reverse', areaKm2: 8, effectivenessPercent: 50, startYear: 2026, endYear: 2026 }),
      ],
    });
    const sheet = await worksheetOf('CL-1', 'Cropland');
    const chart = await within(sheet).findByRole('img', { name: 'CL-1: anticipated loss, avoided, reduced, reverse gains and net as of 2026' });
    const table = within(sheet).getByRole('table', { name: 'Numbers behind the chart for CL-1' });
    const tableValues = within(table).getAllByRole('row').slice(1).map((row) => within(row).getByRole('cell').textContent);
    const chartValues = [...chart.querySelectorAll('.balance-chart__value')].map((text) => text.textContent);
    expect(tableValues).toEqual(['30 km²', '10 km²', '0 km²', '4 km²', '-16 km²']);
    expect(chartValues).toEqual(tableValues);
    const net = chart.querySelector('[data-item="net"]');
    expect(net?.getAttribute('class')).toContain('balance-chart__row--loss');
  });

  it('shows the year-by-year path of the chosen land type', async () => {
    const { user } = openWorksheets({
      landTypes: [cropland, forest],
      losses: [loss(cropland, { areaKm2: 10, expectedYear: 2025 })],
      measures: [measure(cropland, { areaKm2: 30, startYear: 2026, endYear: 2028 }), measure(forest, { areaKm2: 5, startYear: 2025, endYear: 2025 })],
    });
    const path = await screen.findByRole('table', { name: 'Year-by-year balance of CL-1' });
    const rows = within(path).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual([
      '202510 km²0 km²-10 km²Not in balance',
      '202610 km²10 km²0 km²In balance',
      '202710 km²20 km²10 km²In balance',
      '202810 km²30 km²20 km²In balance',
    ]);
    await user.selectOptions(screen.getByLabelText('Land type'), 'FL-1 · Forest');
    expect(await screen.findByRole('table', { name: 'Year-by-year balance of FL-1' })).toBeTruthy();
  });

  it('reads the balance as of the target year chosen: a measure ending later counts only partly', async () => {
    const { user, inputsOf } = openWorksheets({
      losses: [loss(cropland, { areaKm2: 20, expectedYear: 2025 })],
      measures: [measure(cropland, { areaKm2: 50, startYear: 2026, endYear: 2030 })],
    });
    const year = await screen.findByRole('spinbutton', { name: 'Target year' });
    // By default, the scenario's last year: the measure is complete.
    await waitFor(() => expect((year as HTMLInputElement).value).toBe('2030'));
    expect(descriptionOf(year)).toContain('worked out as of this year');
    let result = await balanceOf('CL-1');
    expect(within(result).getByText('Net').nextSibling?.textContent).toBe('30 km²');
    expect(within(result).getByText('In balance')).toBeTruthy();

    await user.clear(year);
    await user.type(year, '2027');
    // Two of its five years done by 2027: 20 km² of 50 reversed, which only just makes up for the loss.
    await waitFor(async () => expect(within(await balanceOf('CL-1')).getByText('Net').nextSibling?.textContent).toBe('0 km²'));
    expect(within(await balancePanel()).getByText('As of 2027')).toBeTruthy();
    expect(inputsOf('worksheets.balance').at(-1)).toEqual({ scenarioId: bau.id, targetYear: 2027 });

    await user.clear(year);
    await user.type(year, '2026');
    result = await balanceOf('CL-1');
    await waitFor(() => expect(within(result).getByText('Not in balance')).toBeTruthy());
    expect(inputsOf('worksheets.balance').map((input) => input.targetYear)).not.toContain(20);
  });

  it('refuses a target year outside 2000–2100 at the field, and keeps the last valid one', async () => {
    const { user, inputsOf } = openWorksheets({ losses: [loss(cropland)] });
    const year = await screen.findByRole('spinbutton', { name: 'Target year' });
    await user.clear(year);
    await user.type(year, '1999');
    expect(descriptionOf(year)).toContain('Enter a year between 2000 and 2100.');
    expect(year.getAttribute('aria-invalid')).toBe('true');
    expect(inputsOf('worksheets.balance').every((input) => input.targetYear === undefined || input.targetYear >= 2000)).toBe(true);
  });

  it('points to the land types page when the workspace has none', async () => {
    const { user } = openWorksheets({ landTypes: [] });
    const empty = await screen.findByRole('region', { name: 'No land types yet' });
    await user.click(within(empty).getByRole('link', { name: 'Go to Land types' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Land types' })).toBeTruthy();
  });
});

describe('scenarios', () => {
  it('names business as usual, makes a new scenario, marks it preferred, deletes it and brings it back with Undo', async () => {
    const { user, inputsOf } = openWorksheets();
    const picker = await screen.findByRole('combobox', { name: 'Scenario' });
    expect(within(picker).getByRole('option', { name: 'Business as usual (preferred)' })).toBeTruthy();
    expect(screen.getByText('Preferred scenario')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Delete scenario' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'New scenario' }));
    const dialog = await screen.findByRole('dialog', { name: 'New scenario' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'Restoration push{Enter}');
    expect(await within(picker).findByRole('option', { name: 'Restoration push', selected: true })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Make preferred' }));
    expect(await within(picker).findByRole('option', { name: 'Restoration push (preferred)' })).toBeTruthy();
    expect(within(picker).getByRole('option', { name: 'Business as usual' })).toBeTruthy();

    // No confirmation: the scenario goes at once, and Undo brings the same one back.
    await user.click(screen.getByRole('button', { name: 'Delete scenario' }));
    await screen.findByText('Scenario Restoration push deleted.');
    expect(await within(picker).findByRole('option', { name: 'Business as usual (preferred)', selected: true })).toBeTruthy();
    expect(within(picker).queryByRole('option', { name: /Restoration push/ })).toBeNull();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    const [deleted] = inputsOf('worksheets.deleteScenario');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await within(picker).findByRole('option', { name: 'Restoration push', selected: true })).toBeTruthy();
    expect(inputsOf('worksheets.restoreScenario')).toEqual([deleted]);
  });

  it('refuses a name another scenario has, at the Name field', async () => {
    const { user } = openWorksheets();
    await user.click(await screen.findByRole('button', { name: 'New scenario' }));
    let dialog = await screen.findByRole('dialog', { name: 'New scenario' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'Plan A{Enter}');
    await screen.findByRole('option', { name: 'Plan A', selected: true });
    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    dialog = await screen.findByRole('dialog', { name: 'Duplicate scenario Plan A' });
    const name = within(dialog).getByLabelText(/^Name/);
    expect((name as HTMLInputElement).value).toBe('Plan A (copy)');
    await user.clear(name);
    await user.type(name, 'Plan A{Enter}');
    expect(await within(dialog).findByText('Another scenario already has this name. Choose a different name.')).toBeTruthy();
    expect(descriptionOf(name)).toContain('Another scenario already has this name.');
  });

  it('duplicates a scenario with its losses and measures', async () => {
    const { user } = openWorksheets({ losses: [loss(cropland, { driver: 'inundation' })] });
    await user.click(await screen.findByRole('button', { name: 'Duplicate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Duplicate scenario Business as usual' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('option', { name: 'Business as usual (copy)', selected: true })).toBeTruthy();
    expect(await screen.findByRole('cell', { name: 'Inundation' })).toBeTruthy();
  });
});

describe('worksheets in Arabic', () => {
  it('mirror the page and the chart: bars grow from the right', async () => {
    openWorksheets({ losses: [loss(cropland, { areaKm2: 20 })], measures: [measure(cropland, { areaKm2: 50 })] }, 'ar');
    const chart = await screen.findByRole('img', { name: /CL-1/ });
    expect(document.documentElement.dir).toBe('rtl');
    expect(chart.getAttribute('data-direction')).toBe('rtl');
    const width = Number(chart.getAttribute('viewBox')?.split(' ')[2]);
    for (const row of chart.querySelectorAll('g')) {
      const bar = row.querySelector('rect');
      const label = row.querySelector('text');
      // Bars end at the same inline start on the right, with the labels beyond them at the right edge.
      expect(Number(bar?.getAttribute('x')) + Number(bar?.getAttribute('width'))).toBeCloseTo(width - 170);
      expect(label?.getAttribute('x')).toBe(String(width));
    }
  });

  it('draw bars from the left in English', async () => {
    openWorksheets({ losses: [loss(cropland, { areaKm2: 20 })] });
    const chart = await screen.findByRole('img', { name: /CL-1/ });
    expect(chart.getAttribute('data-direction')).toBe('ltr');
    for (const bar of chart.querySelectorAll('rect')) expect(bar.getAttribute('x')).toBe('170');
  });
});

describe('guided mode', () => {
  it('walks one land type at a time through losses, avoid, reduce, reverse and the result, with the balance in view', async () => {
    const { user } = openWorksheets({ landTypes: [cropland, forest], losses: [loss(cropland, { areaKm2: 20 })] });
    await user.click(await screen.findByRole('radio', { name: 'Guided mode (workshop)' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'CL-1 · Cropland: Anticipated losses' })).toBeTruthy();
    expect(screen.getByText('Land type 1 of 2 · step 1 of 5')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'FL-1 · Forest' })).toBeNull();
    expect(await balancePanel()).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    const avoid = await screen.findByRole('heading', { level: 2, name: 'CL-1 · Cropland: Avoid' });
    expect(document.activeElement).toBe(avoid);
    expect(screen.getByText('Which of these losses can be kept from happening at all?')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { level: 2, name: 'CL-1 · Cropland: Reduce' });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { level: 2, name: 'CL-1 · Cropland: Reverse' });

    await user.click(screen.getByRole('button', { name: 'Add reverse measure' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reverse: add measure to CL-1' });
    await user.type(within(dialog).getByLabelText(/^Description/), 'Restore terraces');
    await user.type(within(dialog).getByLabelText(/^Area/), '25');
    await user.type(within(dialog).getByLabelText(/^Start year/), '2026');
    await user.type(within(dialog).getByLabelText(/^End year/), '2026{Enter}');
    expect(await within(await balanceOf('CL-1')).findByText('In balance')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    const result = await screen.findByRole('region', { name: 'CL-1 · Cropland: Result' });
    expect(within(result).getByText('In balance')).toBeTruthy();
    expect(within(result).getByRole('img', { name: /CL-1/ })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Next land type' }));
    await screen.findByRole('heading', { level: 2, name: 'FL-1 · Forest: Anticipated losses' });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { level: 2, name: 'CL-1 · Cropland: Result' });
  });

  it('moves on with the keyboard alone and finishes on the last step', async () => {
    const { user } = openWorksheets();
    await user.click(await screen.findByRole('radio', { name: 'Guided mode (workshop)' }));
    await screen.findByRole('heading', { level: 2, name: 'CL-1 · Cropland: Anticipated losses' });
    for (const step of ['Avoid', 'Reduce', 'Reverse', 'Result']) {
      screen.getByRole('button', { name: 'Next' }).focus();
      await user.keyboard('{Enter}');
      await screen.findByRole('heading', { level: 2, name: `CL-1 · Cropland: ${step}` });
    }
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Finish and show all worksheets' }));
    expect(await screen.findByRole('region', { name: 'CL-1 · Cropland' })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'All on one page' }).checked).toBe(true);
  });
});
