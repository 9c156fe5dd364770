import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createInMemoryBackend, refuse, settingsIn } from '../../test/inMemoryBackend';
import { descriptionOf, renderApp } from '../../test/renderApp';

const missingFile = { path: '/media/usb/old.ldnw', name: 'Old workspace', countryIso3: 'KEN', openedAt: '2025-10-01T09:00:00.000Z', exists: false };
const presentFile = { path: '/home/amina/LDN/kenya.ldnw', name: 'Kenya LDN 2026', countryIso3: 'KEN', openedAt: '2026-03-01T09:00:00.000Z', exists: true };

async function fillCreateForm(user: ReturnType<typeof renderApp>['user'], { level }: { level: 'National' | 'Sub-national' }) {
  const form = await screen.findByRole('region', { name: 'Create a workspace' });
  await user.type(within(form).getByLabelText(/^Workspace name/), 'Makueni LDN');
  await user.selectOptions(within(form).getByLabelText(/^Country/), 'KEN');
  await user.click(within(form).getByRole('radio', { name: level }));
  await user.type(within(form).getByLabelText(/^Total land area/), '8008');
  return form;
}

describe('create a workspace', () => {
  it('requires the area name for a sub-national workspace and sends it once given', async () => {
    const { backend, inputsOf } = createInMemoryBackend();
    const { user } = renderApp(backend);
    const form = await fillCreateForm(user, { level: 'Sub-national' });
    await user.click(within(form).getByRole('button', { name: 'Create workspace' }));

    const areaName = within(form).getByLabelText(/^Sub-national area/);
    expect(descriptionOf(areaName)).toContain('Enter the name of the sub-national area this workspace covers.');
    expect(inputsOf('workspace.create')).toEqual([]);

    await user.type(areaName, 'Makueni County');
    await user.click(within(form).getByRole('button', { name: 'Create workspace' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Makueni LDN' })).toBeTruthy();
    expect(inputsOf('workspace.create')).toEqual([
      { name: 'Makueni LDN', countryIso3: 'KEN', level: 'subnational', areaName: 'Makueni County', landAreaKm2: 8008 },
    ]);
  });

  it('does not ask for an area name for a national workspace', async () => {
    const { backend, inputsOf } = createInMemoryBackend();
    const { user } = renderApp(backend);
    const form = await fillCreateForm(user, { level: 'National' });
    expect(within(form).queryByLabelText(/^Sub-national area/)).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Create workspace' }));
    await screen.findByRole('heading', { level: 1, name: 'Makueni LDN' });
    expect(inputsOf('workspace.create')[0]).toMatchObject({ level: 'national' });
  });

  it('lists countries by their French names in French alphabetical order', async () => {
    const { backend } = createInMemoryBackend({ settings: settingsIn('fr') });
    renderApp(backend, { language: 'fr' });
    const country = await screen.findByLabelText(/^Pays/);
    const names = within(country).getAllByRole('option').slice(1).map((option) => option.textContent);

    expect(names[0]).toBe('Afghanistan');
    expect(names).toContain('Allemagne');
    expect(names).toContain('Kenya');
    // Accented initials sort with their letter, not after Z.
    expect(names.indexOf('Égypte')).toBeGreaterThan(names.indexOf('Dominique'));
    expect(names.indexOf('Égypte')).toBeLessThan(names.indexOf('Espagne'));
    expect(names.at(-1)).toBe('Zimbabwe');
  });

  it('narrows the country list by typing', async () => {
    const { backend } = createInMemoryBackend();
    const { user } = renderApp(backend);
    await user.type(await screen.findByRole('searchbox', { name: 'Search countries' }), 'cote{Enter}');
    const country = screen.getByLabelText<HTMLSelectElement>(/^Country/);
    expect(within(country).getAllByRole('option').map((option) => option.textContent)).toEqual(['Choose a country', 'Côte d’Ivoire']);
    expect(country.value).toBe('CIV');
  });

  it('saves to a chosen file when the host has native dialogs', async () => {
    const { backend, inputsOf } = createInMemoryBackend(
      { mode: 'electron' },
      { 'app.chooseWorkspaceFile': () => ({ path: '/home/amina/Documents/makueni.ldnw' }) },
    );
    const { user } = renderApp(backend);
    const form = await fillCreateForm(user, { level: 'National' });
    await user.click(within(form).getByRole('button', { name: 'Choose where to save…' }));
    expect(await within(form).findByText('/home/amina/Documents/makueni.ldnw')).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Create workspace' }));
    await screen.findByRole('heading', { level: 1, name: 'Makueni LDN' });
    expect(inputsOf('workspace.create')[0]).toMatchObject({ path: '/home/amina/Documents/makueni.ldnw' });
  });

  it('shows the default folder in the browser, where there is no file dialog', async () => {
    const { backend } = createInMemoryBackend({ mode: 'web' });
    renderApp(backend);
    const form = await screen.findByRole('region', { name: 'Create a workspace' });
    expect(await within(form).findByText('/home/amina/LDN Workbench/workspaces')).toBeTruthy();
    expect(within(form).queryByRole('button', { name: 'Choose where to save…' })).toBeNull();
  });
});

describe('open a workspace', () => {
  it('says clearly why a file could not be opened and that it was not changed', async () => {
    const { backend } = createInMemoryBackend(
      { recent: [presentFile] },
      {
        'workspace.open': () => {
          throw refuse('workspace_locked', 'errors:workspaceLocked');
        },
      },
    );
    const { user } = renderApp(backend);
    await user.click(await screen.findByRole('button', { name: 'Kenya LDN 2026' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not open /home/amina/LDN/kenya.ldnw.');
    expect(alert.textContent).toContain('already open in another window or program');
    expect(alert.textContent).toContain('the file was not changed');
  });

  it('opens a file by its path in the browser', async () => {
    const { backend, inputsOf } = createInMemoryBackend({ mode: 'web', recent: [presentFile] });
    const { user } = renderApp(backend);
    await user.type(await screen.findByLabelText(/^Open a workspace file by its path/), '/home/amina/LDN/kenya.ldnw{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kenya LDN 2026' })).toBeTruthy();
    expect(inputsOf('workspace.open')).toEqual([{ path: '/home/amina/LDN/kenya.ldnw' }]);
  });

  it('marks a recent file that is gone and lets the user remove it from the list', async () => {
    const { backend, inputsOf } = createInMemoryBackend({ recent: [missingFile, presentFile] });
    const { user } = renderApp(backend);
    expect(await screen.findByText('File missing')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Old workspace' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove from list' }));
    await screen.findByRole('button', { name: 'Kenya LDN 2026' });
    expect(screen.queryByText('Old workspace')).toBeNull();
    expect(inputsOf('workspace.forgetRecent')).toEqual([{ path: '/media/usb/old.ldnw' }]);
  });

  it('asks for a profile name first, because changes are signed with it', async () => {
    const { backend } = createInMemoryBackend({ settings: settingsIn('en', '') });
    const { user } = renderApp(backend);
    await user.click(await screen.findByRole('link', { name: 'Fill in your profile' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your profile' })).toBeTruthy();
  });
});
