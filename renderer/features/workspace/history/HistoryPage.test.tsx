import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../../shared/workspace/history';
import type { Language } from '../../../../shared/i18n/languages';
import { createInMemoryBackend, fakeId, fakeLandType, fakeWorkspace, settingsIn } from '../../../test/inMemoryBackend';
import { renderApp } from '../../../test/renderApp';

const cropland = fakeLandType({ code: 'CL-1', name: 'Cropland' });
const workspace = fakeWorkspace();

function entry(overrides: Partial<HistoryEntry>): HistoryEntry {
  return {
    hlc: 'hlc-1',
    at: '2026-03-12T14:05:00.000Z',
    memberId: 'm1',
    memberName: 'Amina Njoroge',
    deviceId: 'd1',
    entity: 'landtype',
    entityId: cropland.id,
    operation: 'update',
    changes: [],
    ...overrides,
  };
}

const areaChanged = entry({ hlc: 'hlc-3', changes: [{ field: 'areaKm2', before: 100, after: 2500.5 }] });
const levelChanged = entry({
  hlc: 'hlc-2',
  memberName: null,
  entity: 'workspace',
  entityId: workspace.id,
  changes: [
    { field: 'level', before: 'national', after: 'subnational' },
    { field: 'areaName', before: null, after: 'Makueni' },
  ],
});
const created = entry({ hlc: 'hlc-1', operation: 'insert', changes: [{ field: 'code', before: null, after: 'CL-1' }] });

function renderHistory(entries: HistoryEntry[], path = '/workspace/history', language: Language = 'en') {
  const fake = createInMemoryBackend({ settings: settingsIn(language), workspace, landTypes: [cropland], history: entries });
  return { ...fake, ...renderApp(fake.backend, { path, language }) };
}

/** Changes to the worksheets: a scenario, a loss and a measure, with code-list values. */
const scenarioId = fakeId();
const worksheetChanges = [
  entry({
    hlc: 'hlc-w3',
    entity: 'response_measure',
    entityId: fakeId(),
    operation: 'insert',
    changes: [
      { field: 'scenarioId', before: null, after: scenarioId },
      { field: 'landTypeId', before: null, after: cropland.id },
      { field: 'level', before: null, after: 'reverse' },
      { field: 'startYear', before: null, after: 2026 },
      { field: 'costUsd', before: null, after: 1_200_000 },
    ],
  }),
  entry({
    hlc: 'hlc-w2',
    entity: 'anticipated_loss',
    entityId: fakeId(),
    operation: 'update',
    changes: [
      { field: 'driver', before: 'urban_expansion', after: 'deforestation' },
      { field: 'expectedYear', before: 2027, after: 2028 },
      { field: 'source', before: 'entered', after: 'entered' },
    ],
  }),
  entry({
    hlc: 'hlc-w1',
    entity: 'scenario',
    entityId: scenarioId,
    operation: 'update',
    changes: [
      { field: 'kind', before: 'business_as_usual', after: 'alternative' },
      { field: 'isPreferred', before: 1, after: 0 },
    ],
  }),
  entry({ hlc: 'hlc-w0', entity: 'scenario', entityId: scenarioId, operation: 'restore', changes: [] }),
];

const cellsOf = (item: HTMLElement) =>
  within(item).getAllByRole('row').slice(1).map((row) => [...row.children].map((cell) => cell.textContent));

describe('history', () => {
  it('says who changed what and when, with field names and values in words', async () => {
    renderHistory([areaChanged, levelChanged]);
    const first = (await screen.findByText('Land type CL-1 · Cropland: changed')).closest('li');
    if (!first) throw new Error('entry not in a list item');
    expect(within(first).getByText('Amina Njoroge')).toBeTruthy();
    expect(within(first).getByRole('rowheader', { name: 'Area' })).toBeTruthy();
    expect(within(first).getByRole('cell', { name: '100 km²' })).toBeTruthy();
    expect(within(first).getByRole('cell', { name: '2,500.5 km²' })).toBeTruthy();

    const second = screen.getByText('Workspace: changed').closest('li');
    if (!second) throw new Error('entry not in a list item');
    expect(within(second).getByText('Unknown member')).toBeTruthy();
    expect(within(second).getByRole('cell', { name: 'National' })).toBeTruthy();
    expect(within(second).getByRole('cell', { name: 'Sub-national' })).toBeTruthy();
    expect(within(second).getByRole('cell', { name: '(empty)' })).toBeTruthy();
  });

  it('shows a new record with its values only', async () => {
    renderHistory([created]);
    const item = (await screen.findByText('Land type CL-1 · Cropland: created')).closest('li');
    if (!item) throw new Error('entry not in a list item');
    expect(within(item).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Field', 'Value']);
  });

  it('loads older changes on request', async () => {
    const entries = Array.from({ length: 60 }, (_, index) =>
      entry({ hlc: `hlc-${String(100 - index).padStart(3, '0')}`, changes: [{ field: 'notes', before: null, after: `note ${index}` }] }),
    );
    const { user, inputsOf } = renderHistory(entries);
    expect(await screen.findByRole('cell', { name: 'note 49' })).toBeTruthy();
    expect(screen.queryByRole('cell', { name: 'note 50' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Load older changes' }));
    expect(await screen.findByRole('cell', { name: 'note 59' })).toBeTruthy();
    expect(inputsOf('workspace.history').at(-1)).toMatchObject({ before: 'hlc-051' });
    expect(screen.queryByRole('button', { name: 'Load older changes' })).toBeNull();
  });

  it('shows one land type\'s history and offers the way back to all changes', async () => {
    const { user } = renderHistory([areaChanged, levelChanged], `/workspace/history?entity=landtype&entityId=${cropland.id}`);
    expect(await screen.findByText('Showing only the changes to CL-1 · Cropland.')).toBeTruthy();
    expect(screen.queryByText('Workspace: changed')).toBeNull();

    await user.click(screen.getByRole('link', { name: 'Show all changes' }));
    expect(await screen.findByText('Workspace: changed')).toBeTruthy();
  });

  it('says what will appear when nothing has changed yet', async () => {
    renderHistory([]);
    expect(await screen.findByRole('region', { name: 'No changes yet' })).toBeTruthy();
  });

  it('names scenarios, anticipated losses and measures, their fields, and code-list values in words', async () => {
    renderHistory(worksheetChanges);
    const measureItem = (await screen.findByText('Measure: created')).closest('li');
    if (!measureItem) throw new Error('entry not in a list item');
    expect(cellsOf(measureItem)).toEqual([
      ['Scenario', scenarioId],
      ['Land type', 'CL-1 · Cropland'],
      ['Response hierarchy level', 'Reverse'],
      ['Start year', '2026'],
      ['Cost (USD)', '1,200,000'],
    ]);
    const lossItem = screen.getByText('Anticipated loss: changed').closest('li');
    if (!lossItem) throw new Error('entry not in a list item');
    expect(cellsOf(lossItem)).toEqual([
      ['Driver', 'Urban expansion', 'Deforestation'],
      ['Expected year', '2027', '2028'],
      ['Source', 'Entered by hand', 'Entered by hand'],
    ]);
    const scenarioItem = screen.getByText('Scenario: changed').closest('li');
    if (!scenarioItem) throw new Error('entry not in a list item');
    expect(cellsOf(scenarioItem)).toEqual([
      ['Type', 'Business as usual', 'Alternative scenario'],
      ['Preferred', 'Yes', 'No'],
    ]);
    expect(screen.getByText('Scenario: restored')).toBeTruthy();
  });

  it('names them in the language of the interface', async () => {
    renderHistory(worksheetChanges, '/workspace/history', 'fr');
    const measureItem = (await screen.findByText('Mesure : création')).closest('li');
    if (!measureItem) throw new Error('entry not in a list item');
    expect(within(measureItem).getByRole('rowheader', { name: 'Niveau de la hiérarchie des réponses' })).toBeTruthy();
    expect(within(measureItem).getByRole('cell', { name: 'Inverser' })).toBeTruthy();
    const lossItem = screen.getByText('Perte prévue : modification').closest('li');
    if (!lossItem) throw new Error('entry not in a list item');
    expect(within(lossItem).getByRole('cell', { name: 'Déforestation' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Scénario de statu quo' })).toBeTruthy();
  });
});
