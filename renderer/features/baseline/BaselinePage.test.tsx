import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import summaryJson from '../../../test/fixtures/trends-earth/land-condition-2025.summary.json?raw';
import { BASELINE_YEARS, type ConditionSummary, type DataSource, type TableProvenance } from '../../../shared/baseline/schema';
import type { Language } from '../../../shared/i18n/languages';
import { createInMemoryBackend, fakeId, fakeWorkspace, settingsIn } from '../../test/inMemoryBackend';
import { emptyBaseline } from '../../test/inMemoryBaseline';
import { renderApp } from '../../test/renderApp';

const AT = '2026-03-12T14:05:00.000Z';

function source(title: string): DataSource {
  return { id: fakeId(), title, identifier: null, authorPublisher: 'KNBS', citation: null, licence: 'CC-BY-4.0', customLicenceText: null, updatedAt: AT };
}

function summary(indicator: ConditionSummary['indicator'], degradedKm2: number): ConditionSummary {
  return { indicator, periodKey: 'baseline', areas: { improvedKm2: 100, stableKm2: 900 - degradedKm2, degradedKm2, noDataKm2: 0 } };
}

function openBaseline(path: string, setup: (state: ReturnType<typeof emptyBaseline>) => void = () => {}, language: Language = 'en') {
  const baseline = emptyBaseline(fakeId());
  setup(baseline);
  const fake = createInMemoryBackend({ settings: settingsIn(language), workspace: fakeWorkspace({ landAreaKm2: 1000 }), baseline });
  return { ...fake, ...renderApp(fake.backend, { path, language }) };
}

/** A table's section; the table's own scroll box inside it carries the same name and comes second. */
const region = async (name: string | RegExp) => (await screen.findAllByRole('region', { name }))[0]!;
const tableSection = (id: string) => region(new RegExp(`^${id.replace('.', '\\.')} `));
const cell = (table: HTMLElement, row: string, column: string) => within(table).getByRole('textbox', { name: `${row}, ${column}` });

// The land cover screen draws seven tables and a 7 × 7 matrix: slow on a loaded two-core machine.
describe('baseline', () => {
  it('shows each PRAIS table with its ID and where its numbers come from', async () => {
    const fao = source('FAOSTAT land use 2023');
    openBaseline('/baseline/land-cover', (state) => {
      state.baseline.sources = [fao];
      state.baseline.summaries = [summary('land_cover', 120)];
      const national: TableProvenance = { tableId: 'SO1-1.T7', periodKey: 'baseline', origin: 'national', sourceId: fao.id, importId: null, comment: 'Field survey', updatedAt: AT };
      state.baseline.provenance = [national];
    });

    const extent = await tableSection('SO1-1.T4');
    expect(within(extent).getByRole('heading').textContent).toBe('SO1-1.T4 Land cover extent by year');
    expect(within(extent).getByText('Default')).toBeTruthy();
    const degradation = await tableSection('SO1-1.T7');
    expect(within(degradation).getByText('National data — FAOSTAT land use 2023')).toBeTruthy();
    expect(within(degradation).getByText('Comment: Field survey')).toBeTruthy();
    // 120 km² degraded of 1,000 km² land: 12 % of the land area, next to the area.
    const degradedRow = within(degradation).getByRole('row', { name: /^Degraded/ });
    expect(within(degradedRow).getAllByRole('cell').map((c) => c.textContent)).toEqual(['120', '12 %', '—']);
    // The transition matrix in force is the GPG default, with the words of each meaning.
    const matrix = await tableSection('SO1-1.T3');
    expect(within(matrix).getByRole('button', { name: 'Change Tree-covered areas → Croplands: Degradation' })).toBeTruthy();
  });

  it('saves an edited table as national data with its source', async () => {
    const { user, inputsOf } = openBaseline('/baseline/land-area', (state) => {
      state.baseline.sources = [source('National land cover map 2023')];
    });
    const table = await tableSection('CP-1.T1');
    await user.click(within(table).getByRole('button', { name: /^Edit CP-1\.T1/ }));
    const years = ['2000', '2015', '2019', '2023'];
    for (const year of years) {
      await user.type(cell(table, year, 'Total land area (km²)'), '1000');
      await user.type(cell(table, year, 'Water bodies (km²)'), '25');
    }
    await user.selectOptions(within(table).getByLabelText('Data source'), 'National land cover map 2023');
    await user.click(within(table).getByRole('button', { name: 'Save' }));

    expect(await within(table).findByText('National data — National land cover map 2023')).toBeTruthy();
    expect(within(table).getByRole('row', { name: /^2015/ }).textContent).toContain('1,025');
    expect(inputsOf('baseline.saveLandArea')).toEqual([
      expect.objectContaining({ rows: years.map((year) => ({ year: Number(year), landKm2: 1000, waterKm2: 25 })), sourceId: expect.any(String) as unknown }),
    ]);
  });

  it('moves down a column with Enter and refuses an empty cell before sending anything', async () => {
    const { user, inputsOf } = openBaseline('/baseline/land-area');
    const table = await tableSection('CP-1.T1');
    await user.click(within(table).getByRole('button', { name: /^Edit CP-1\.T1/ }));
    await user.type(cell(table, '2000', 'Total land area (km²)'), '900{Enter}');
    expect(document.activeElement).toBe(cell(table, '2015', 'Total land area (km²)'));
    await user.click(within(table).getByRole('button', { name: 'Save' }));
    expect(within(table).getAllByText('This field is required.').length).toBe(7);
    expect(inputsOf('baseline.saveLandArea')).toEqual([]);
  });

  it('shows a refused save at the cell and keeps what was typed', async () => {
    const { user } = openBaseline('/baseline/land-cover', (state) => {
      state.baseline.landCoverExtent = BASELINE_YEARS.flatMap((year) => [1, 2, 3, 4, 5, 6, 7].map((classCode) => ({ year, classCode, areaKm2: 10 })));
    });
    const table = await tableSection('SO1-1.T4');
    await user.click(within(table).getByRole('button', { name: /^Edit SO1-1\.T4/ }));
    const tooLarge = cell(table, '2019', 'Water bodies');
    await user.clear(tooLarge);
    await user.type(tooLarge, '5000');
    await user.click(within(table).getByRole('button', { name: 'Save' }));

    const message = await within(table).findByText('These areas add up to more than the total area of 1,000 km²', { exact: false });
    expect(tooLarge.closest('td')?.contains(message)).toBe(true);
    expect(tooLarge.getAttribute('aria-invalid')).toBe('true');
    expect((tooLarge as HTMLInputElement).value).toBe('5000');
    expect(within(table).getByText('Default')).toBeTruthy();
  });

  it('changes a transition matrix cell only with a rationale, keeps each version, and resets to the GPG default', async () => {
    const { user, inputsOf } = openBaseline('/baseline/land-cover');
    const matrix = await tableSection('SO1-1.T3');
    await user.click(within(matrix).getByRole('button', { name: 'Change Grasslands → Croplands: Improvement' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the meaning of Grasslands → Croplands' });
    await user.selectOptions(within(dialog).getByLabelText('Meaning'), 'Degradation');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('This field is required.')).toBeTruthy();
    expect(inputsOf('baseline.saveTransitionCell')).toEqual([]);

    await user.type(within(dialog).getByLabelText(/^Rationale/), 'Conversion of rangeland to rain-fed maize on steep slopes');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(matrix).findByRole('button', { name: 'Change Grasslands → Croplands: Degradation' })).toBeTruthy();
    const versions = () => within(matrix).getAllByRole('listitem').map((item) => item.textContent.split(' · ')[0]);
    await waitFor(() =>
      expect(versions()).toEqual(['Version 2: Conversion of rangeland to rain-fed maize on steep slopes', 'Version 1: Good Practice Guidance default']),
    );

    await user.click(within(matrix).getByRole('button', { name: 'Reset to the Good Practice Guidance default' }));
    const confirm = within(matrix).getByRole('group', { name: 'Reset to the Good Practice Guidance default' });
    await user.click(within(confirm).getByRole('button', { name: 'Reset to the Good Practice Guidance default' }));
    expect(await within(matrix).findByRole('button', { name: 'Change Grasslands → Croplands: Improvement' })).toBeTruthy();
    await waitFor(() => expect(versions()[0]).toBe('Version 3: Good Practice Guidance default'));
  });

  it('keeps a source that a table still names, and says why', async () => {
    const kept = source('National forest inventory');
    const { user } = openBaseline('/baseline/land-area', (state) => {
      state.baseline.sources = [kept];
      state.baseline.provenance = [{ tableId: 'SO1-1.T7', periodKey: 'baseline', origin: 'national', sourceId: kept.id, importId: null, comment: null, updatedAt: AT }];
    });
    const sources = await region('Data sources');
    await user.click(within(sources).getByRole('button', { name: 'Delete National forest inventory' }));
    await user.click(within(sources).getByRole('button', { name: 'Yes, delete' }));
    expect((await within(sources).findByRole('alert')).textContent).toContain('This data source is still named by a table.');
    expect(within(sources).getByRole('rowheader', { name: 'National forest inventory' })).toBeTruthy();
  });

  it('previews a Trends.Earth summary, then imports it on confirmation', async () => {
    const { user, inputsOf } = openBaseline('/baseline/land-area');
    await user.click(await screen.findByRole('button', { name: 'Import from Trends.Earth' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import a Trends.Earth summary' });
    expect(dialog.textContent).toContain('Files of up to 18 MB can be imported here.');
    const file = new File([summaryJson], 'land-condition-2025.summary.json', { type: 'application/json' });
    await user.upload(within(dialog).getByLabelText('File'), file);

    expect(await within(dialog).findByText('land-condition-2025.summary.json')).toBeTruthy();
    expect(dialog.textContent).toContain('2.3.0');
    expect(dialog.textContent).toContain('Sample country');
    expect(within(dialog).getByText('Tables that will be filled')).toBeTruthy();
    expect(dialog.textContent).toContain('Proportion of degraded land over total land area: Baseline (2000–2015)');
    expect(inputsOf('baseline.importTrendsEarth')).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const imports = await region('Trends.Earth imports');
    expect(await within(imports).findByRole('rowheader', { name: 'land-condition-2025.summary.json' })).toBeTruthy();
  });

  it('names where a file is wrong when it cannot be imported', async () => {
    const { user } = openBaseline('/baseline/land-area');
    await user.click(await screen.findByRole('button', { name: 'Import from Trends.Earth' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import a Trends.Earth summary' });
    await user.upload(within(dialog).getByLabelText('File'), new File(['{"land_condition": {"baseline": 3}}'], 'broken.json'));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('This file cannot be imported');
    expect(alert.textContent).toContain('A field that Trends.Earth always writes is missing here. at metadata');
  });

  it('explains that one-out-all-out cannot be computed from the summaries alone', async () => {
    openBaseline('/baseline/sdg-15-3-1', (state) => {
      state.baseline.summaries = [summary('land_cover', 50), summary('productivity', 80), summary('soc', 20)];
    });
    const note = await screen.findByRole('note', { name: 'Why the proportion of degraded land cannot be computed here' });
    expect(note.textContent).toContain('cannot be computed from marginal totals');
    // Without no data: at least the largest degraded area (80, if the others lie within it), at most their sum (150).
    expect(note.textContent).toContain('between 80 km² and 150 km²');
  });

  it('reads right to left in Arabic, charts included', async () => {
    openBaseline(
      '/baseline/land-cover',
      (state) => {
        state.baseline.landCoverExtent = [
          { year: 2000, classCode: 1, areaKm2: 400 },
          { year: 2015, classCode: 1, areaKm2: 380 },
        ];
      },
      'ar',
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'خط الأساس' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
    const chart = await screen.findByRole('img', { name: 'الغطاء الأرضي حسب السنة' });
    expect(chart.getAttribute('data-direction')).toBe('rtl');
    expect(screen.getAllByText('المناطق المغطاة بالأشجار').length).toBeGreaterThan(0);
  });
});
