import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createInMemoryBackend, fakeLandType, fakeWorkspace, settingsIn } from '../../test/inMemoryBackend';
import { renderApp } from '../../test/renderApp';

function renderOverview(language: 'en' | 'fr' = 'en') {
  const fake = createInMemoryBackend({
    settings: settingsIn(language),
    workspace: fakeWorkspace({ name: 'Makueni LDN', countryIso3: 'KEN', level: 'subnational', areaName: 'Makueni County', landAreaKm2: 8008.5 }),
    landTypes: [fakeLandType({ code: 'CL-1' }), fakeLandType({ code: 'FL-1' })],
  });
  return { ...fake, ...renderApp(fake.backend, { path: '/workspace', language }) };
}

function details(): HTMLElement {
  return screen.getByRole('region', { name: /Details|Caractéristiques/ });
}

describe('workspace overview', () => {
  it('shows the facts of the workspace in the active language', async () => {
    renderOverview('fr');
    await screen.findByRole('heading', { level: 1, name: 'Makueni LDN' });
    const text = details().textContent ?? '';
    expect(text).toContain('Kenya (KEN)');
    expect(text).toContain('Infranational');
    expect(text).toContain('Makueni County');
    expect(text).toMatch(/8\s008,5\skm²/);
    expect(text).toContain('Période de référence2000–2015');
    expect(text).toContain('Période considérée 22016–2023');
  });

  it('counts the land types recorded and links every step of the cycle', async () => {
    renderOverview();
    const steps = await screen.findByRole('region', { name: 'Where you stand' });
    const landTypes = within(steps).getByRole('link', { name: 'Land types' }).closest('li');
    expect(await within(landTypes ?? steps).findByText('Recorded: 2')).toBeTruthy();
    // Every step is built now (reporting was the last one): none is greyed out as "not started".
    expect(within(steps).queryAllByText('Not started (comes in a later version)')).toEqual([]);
    for (const step of ['Baseline', 'Consultations', 'Land-use plans', 'Worksheets', 'Targets', 'Reporting']) {
      expect(within(steps).getByRole('link', { name: step })).toBeTruthy();
    }
  });

  it('renames the workspace', async () => {
    const { user, inputsOf } = renderOverview();
    await user.click(await screen.findByRole('button', { name: 'Rename' }));
    const name = screen.getByLabelText(/^New name/);
    await user.clear(name);
    await user.type(name, 'Makueni LDN targets{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Makueni LDN targets' })).toBeTruthy();
    expect(inputsOf('workspace.rename')).toEqual([{ name: 'Makueni LDN targets' }]);
  });

  it('closes the workspace and returns to the welcome screen', async () => {
    const { user } = renderOverview();
    await user.click(await screen.findByRole('button', { name: 'Close workspace' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to LDN Workbench' })).toBeTruthy();
    // Only the app's own pages stay listed (the outbox belongs to this computer, not to a workspace).
    expect(within(screen.getByRole('navigation', { name: 'Sections' })).queryByRole('link', { name: 'Overview' })).toBeNull();
  });
});

describe('the cycle', () => {
  it('leads to the reporting checklist, the last step', async () => {
    const { backend } = createInMemoryBackend({ workspace: fakeWorkspace() });
    const { user } = renderApp(backend, { path: '/workspace' });
    const steps = await screen.findByRole('region', { name: 'Where you stand' });
    await user.click(within(steps).getByRole('link', { name: 'Reporting' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Reporting' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'No problems found' })).toBeTruthy();
  });
});
