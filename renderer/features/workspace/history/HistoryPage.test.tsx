import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../../shared/workspace/history';
import { createInMemoryBackend, fakeLandType, fakeWorkspace } from '../../../test/inMemoryBackend';
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

function renderHistory(entries: HistoryEntry[], path = '/workspace/history') {
  const fake = createInMemoryBackend({ workspace, landTypes: [cropland], history: entries });
  return { ...fake, ...renderApp(fake.backend, { path }) };
}

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
});
