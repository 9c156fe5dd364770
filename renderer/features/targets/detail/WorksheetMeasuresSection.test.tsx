import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../shared/i18n/languages';
import { createInMemoryBackend, fakeId, fakeWorkspace, settingsIn } from '../../../test/inMemoryBackend';
import { emptyTargets } from '../../../test/inMemoryTargets';
import { fakeScenario } from '../../../test/inMemoryWorksheets';
import { renderApp } from '../../../test/renderApp';
import { bau, cellsOf, cropland, forest, measure } from '../../worksheets/worksheetsTestData';
import { target } from '../targetsTestData';

const ldn = target({ text: 'Achieve LDN by 2030 compared to the 2015 baseline' });
const other = target({ text: 'Protect 100 km² of forest' });
const push = fakeScenario(fakeId(), { name: 'Restoration push', kind: 'alternative', isPreferred: false });

function openTarget(language: Language = 'en') {
  const fake = createInMemoryBackend({
    settings: settingsIn(language),
    workspace: fakeWorkspace(),
    landTypes: [cropland, forest],
    scenarios: [{ ...bau }, push],
    measures: [
      measure(forest, { scenarioId: push.id, description: 'Plant native trees', areaKm2: 120, startYear: 2026, endYear: 2032, targetIds: [ldn.id] }),
      measure(cropland, { description: 'Restore terraces', areaKm2: 50, targetIds: [ldn.id, other.id] }),
      measure(cropland, { level: 'avoid', description: 'Zoning', areaKm2: 30, targetIds: [ldn.id] }),
      measure(cropland, { description: 'Not linked', targetIds: [other.id] }),
      measure(cropland, { description: 'Deleted', targetIds: [ldn.id], deletedAt: '2026-03-13T09:00:00.000Z' }),
    ],
    targets: { ...emptyTargets(), targets: [ldn, other] },
  });
  return { ...fake, ...renderApp(fake.backend, { path: `/targets/${ldn.id}`, language }) };
}

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('worksheet measures on a target’s page', () => {
  it('lists the live measures linked to the target, scenario by scenario, and opens the worksheet of one', async () => {
    const { user } = openTarget();
    const section = await screen.findByRole('region', { name: 'Worksheet measures working towards this target' });
    const table = await within(section).findByRole('table');
    expect(rowsOf(table).map(cellsOf)).toEqual([
      ['Zoning', 'Business as usual', 'CL-1 · Cropland', 'Avoid', '30 km²', '2026–2030', 'Open worksheet'],
      ['Restore terraces', 'Business as usual', 'CL-1 · Cropland', 'Reverse', '50 km²', '2026–2030', 'Open worksheet'],
      ['Plant native trees', 'Restoration push', 'FL-1 · Forest', 'Reverse', '120 km²', '2026–2032', 'Open worksheet'],
    ]);

    await user.click(within(table).getByRole('link', { name: 'Open the worksheet of Restoration push at land type FL-1' }));
    expect((await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Scenario' })).value).toBe(push.id);
    expect(await screen.findByText('Plant native trees')).toBeTruthy();
  });

  it('says how to link one when none is linked', async () => {
    const fake = createInMemoryBackend({ settings: settingsIn('en'), workspace: fakeWorkspace(), landTypes: [cropland], targets: { ...emptyTargets(), targets: [other] } });
    renderApp(fake.backend, { path: `/targets/${other.id}` });
    const section = await screen.findByRole('region', { name: 'Worksheet measures working towards this target' });
    expect(await within(section).findByText(/No worksheet measure is linked to this target yet/)).toBeTruthy();
  });

  it('is in Arabic, with the level named as in the worksheets', async () => {
    openTarget('ar');
    const section = await screen.findByRole('region', { name: 'تدابير أوراق العمل التي تسهم في تحقيق هذا الهدف' });
    const table = await within(section).findByRole('table');
    expect(within(table).getAllByRole('cell', { name: 'عكس المسار' })).toHaveLength(2);
  });
});
