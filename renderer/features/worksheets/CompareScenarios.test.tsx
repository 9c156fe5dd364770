import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeId } from '../../test/inMemoryBackend';
import { fakeScenario } from '../../test/inMemoryWorksheets';
import { descriptionOf } from '../../test/renderApp';
import { bau, cellsOf, cropland, forest, loss, measure, OBSERVED_LABEL, observedCropland, openWorksheets } from './worksheetsTestData';

describe('comparing scenarios', () => {
  it('puts two scenarios side by side per land type, as of the same year', async () => {
    const alternative = fakeScenario(fakeId(), { name: 'Restoration push', kind: 'alternative', isPreferred: false });
    const fake = openWorksheets({
      landTypes: [cropland, forest],
      scenarios: [{ ...bau }, alternative],
      losses: [loss(cropland, { areaKm2: 20 }), loss(cropland, { areaKm2: 20, scenarioId: alternative.id })],
      measures: [measure(cropland, { scenarioId: alternative.id, areaKm2: 30, startYear: 2026, endYear: 2030 })],
    });
    const { user } = fake;
    const section = await screen.findByRole('region', { name: 'Compare scenarios' });
    expect(within(section).getByText('Choose at least two scenarios.')).toBeTruthy();
    await user.click(within(section).getByRole('checkbox', { name: 'Business as usual' }));
    await user.click(within(section).getByRole('checkbox', { name: 'Restoration push' }));

    const table = await within(section).findByRole('table', { name: 'CL-1: scenarios side by side' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => row.textContent);
    // Anticipated loss, avoided, reduced, remaining loss, reverse gains, net, status.
    expect(rows).toEqual([
      'Business as usual20 km²0 km²0 km²20 km²0 km²-20 km²Not in balance',
      'Restoration push20 km²0 km²0 km²20 km²30 km²10 km²In balance',
    ]);
    expect(within(section).getByText('All as of 2030')).toBeTruthy();
    const national = within(section).getByRole('table', { name: 'Land types in balance, per scenario' });
    expect(within(national).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([
      'Business as usual1 of 2-20 km²',
      'Restoration push2 of 210 km²',
    ]);
    expect(fake.inputsOf('worksheets.compare').at(-1)).toEqual({ scenarioIds: [bau.id, alternative.id] });

    // The target year chosen on the page applies to the comparison too.
    const year = screen.getByRole('spinbutton', { name: 'Target year' });
    await user.clear(year);
    await user.type(year, '2027');
    expect(await within(section).findByText('All as of 2027')).toBeTruthy();
    expect(fake.inputsOf('worksheets.compare').at(-1)).toEqual({ scenarioIds: [bau.id, alternative.id], targetYear: 2027 });
  });

  it('draws one group of bars per scenario with its net, all on one scale, with losses hatched', async () => {
    const { section } = await compareTwo('en');
    const chart = within(section).getByRole('img', {
      name: 'CL-1: anticipated loss, avoided, reduced, reverse gains and net per scenario as of 2030',
    });
    expect(chart.getAttribute('data-direction')).toBe('ltr');
    expect(descriptionOf(chart)).toContain('The numbers are in the table that follows.');
    const groups = scenarioGroups(chart);
    expect(groups.map((group) => group.querySelector('.compare-chart__name')?.textContent)).toEqual(['Business as usual', 'Restoration push']);
    // Business as usual: net = 0 − 20 = −20. Restoration push: remaining loss = 20 − 5 − 8 × 50 % = 11, net = 30 − 11 = 19.
    expect(groups.map((group) => valueOf(group, 'net'))).toEqual(['-20 km²', '19 km²']);
    expect(groups.map((group) => valueOf(group, 'reduced'))).toEqual(['0 km²', '4 km²']);
    // One scale for both: the largest value (30 km² of reverse gains) fills the 240 units of bar space.
    expect(barWidth(groups[1], 'reverseGain')).toBeCloseTo(240);
    expect(barWidth(groups[0], 'anticipatedLoss')).toBeCloseTo(160);
    expect(barWidth(groups[1], 'net')).toBeCloseTo(152);
    // Not colour alone: a loss is hatched, a gain is not, and every bar carries its label and number.
    expect(hatched(groups[0], 'net')).toBe(true);
    expect(hatched(groups[1], 'net')).toBe(false);
    expect(groups[0]?.querySelector('[data-item="net"] .balance-chart__label')?.textContent).toBe('Net');

    const table = within(section).getByRole('table', { name: 'CL-1: scenarios side by side' });
    expect(within(table).getAllByRole('row')[2]?.textContent).toBe('Restoration push20 km²5 km²4 km²11 km²30 km²19 km²In balance');
    expect(within(section).getByRole('img', { name: /^FL-1:/ })).toBeTruthy();
  });

  it('mirrors the comparison chart in Arabic: names, labels and bars start at the right', async () => {
    const { section } = await compareTwo('ar');
    const chart = within(section).getByRole('img', { name: /^CL-1:/ });
    expect(chart.getAttribute('data-direction')).toBe('rtl');
    const groups = scenarioGroups(chart);
    expect(groups.map((group) => group.querySelector('.compare-chart__name')?.getAttribute('x'))).toEqual(['520', '520']);
    for (const group of groups) {
      for (const row of group.querySelectorAll('[data-item]')) {
        const bar = row.querySelector('rect');
        expect(Number(bar?.getAttribute('x')) + Number(bar?.getAttribute('width'))).toBeCloseTo(520 - 170);
        expect(row.querySelector('text')?.getAttribute('x')).toBe('520');
      }
    }
    expect(barWidth(groups[0], 'anticipatedLoss')).toBeCloseTo(160);
    expect(groups[1]?.querySelector('.compare-chart__name')?.textContent).toBe('Restoration push');
  });

  it('adds the observed balance under the compared scenarios, one planned row per scenario', async () => {
    // CL-1 loses 20 km² in 2025 in both. Business as usual reverses 10 km²: 10 − 20 = −10, not in balance;
    // Restoration push reverses 30 km²: 30 − 20 = 10, in balance. Observed: 12.5 − 8 = 4.5, in balance.
    const push = fakeScenario(fakeId(), { name: 'Restoration push', kind: 'alternative', isPreferred: false });
    const { user } = openWorksheets({
      landTypes: [cropland, forest],
      scenarios: [{ ...bau }, push],
      losses: [loss(cropland), loss(forest), loss(cropland, { scenarioId: push.id })],
      measures: [measure(cropland, { areaKm2: 10 }), measure(cropland, { scenarioId: push.id, areaKm2: 30 })],
      observedCounterbalancing: [observedCropland],
    });
    const section = await screen.findByRole('region', { name: 'Compare scenarios' });
    await user.click(within(section).getByRole('checkbox', { name: 'Business as usual' }));
    await user.click(within(section).getByRole('checkbox', { name: 'Restoration push' }));

    const table = await within(section).findByRole('table', { name: 'CL-1: planned and observed balance' });
    expect(within(table).getAllByRole('row').slice(1).map(cellsOf)).toEqual([
      ['Planned (Business as usual)', '10 km²', '20 km²', '-10 km²', 'Not in balance'],
      ['Planned (Restoration push)', '30 km²', '20 km²', '10 km²', 'In balance'],
      [OBSERVED_LABEL, '12.5 km²', '8 km²', '4.5 km²', 'In balance'],
    ]);
    expect(section.textContent).toContain('Observed is looked back on (ex-post)');
    // FL-1 has nothing observed: its comparison stays as it was.
    expect(within(section).getByRole('table', { name: 'FL-1: scenarios side by side' })).toBeTruthy();
    expect(within(section).queryByRole('table', { name: 'FL-1: planned and observed balance' })).toBeNull();
  });
});

/** Business as usual and a scenario with a response, compared with the keyboard-reachable checkboxes. */
async function compareTwo(language: 'en' | 'ar') {
  const push = fakeScenario(fakeId(), { name: 'Restoration push', kind: 'alternative', isPreferred: false });
  const opened = openWorksheets(
    {
      landTypes: [cropland, forest],
      scenarios: [{ ...bau }, push],
      losses: [loss(cropland, { areaKm2: 20 }), loss(cropland, { areaKm2: 20, scenarioId: push.id })],
      measures: [
        measure(cropland, { scenarioId: push.id, level: 'avoid', description: 'Zoning', areaKm2: 5, startYear: 2026, endYear: 2026 }),
        measure(cropland, { scenarioId: push.id, level: 'reduce', description: 'SLM', areaKm2: 8, effectivenessPercent: 50, startYear: 2026, endYear: 2026 }),
        measure(cropland, { scenarioId: push.id, level: 'reverse', areaKm2: 30, startYear: 2026, endYear: 2030 }),
      ],
    },
    language,
  );
  const words = language === 'ar' ? { title: 'مقارنة السيناريوهات', bau: 'سيناريو العمل كالمعتاد' } : { title: 'Compare scenarios', bau: 'Business as usual' };
  const section = await screen.findByRole('region', { name: words.title });
  await opened.user.click(within(section).getByRole('checkbox', { name: words.bau }));
  await opened.user.click(within(section).getByRole('checkbox', { name: 'Restoration push' }));
  await within(section).findAllByRole('img');
  return { ...opened, section };
}

const scenarioGroups = (chart: HTMLElement) => [...chart.querySelectorAll<SVGGElement>('.compare-chart__scenario')];
const valueOf = (group: Element | undefined, item: string) => group?.querySelector(`[data-item="${item}"] .balance-chart__value`)?.textContent;
const barWidth = (group: Element | undefined, item: string) => Number(group?.querySelector(`[data-item="${item}"] rect`)?.getAttribute('width'));
const hatched = (group: Element | undefined, item: string) =>
  [...(group?.querySelectorAll(`[data-item="${item}"] rect`) ?? [])].some((rect) => rect.getAttribute('fill')?.startsWith('url(#'));
