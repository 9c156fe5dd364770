import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/app/shell';
import { createInMemoryBackend, fakeWorkspace } from '../../test/inMemoryBackend';
import { renderApp } from '../../test/renderApp';

/** Stands in for the preload's `window.ldnShell`, so the test can choose menu items. */
function fakeShell() {
  let listener: ((command: MenuCommand) => void) | null = null;
  (window as { ldnShell?: unknown }).ldnShell = {
    onMenuCommand: (next: (command: MenuCommand) => void) => {
      listener = next;
      return () => (listener = null);
    },
  };
  return { choose: (command: MenuCommand) => act(() => listener?.(command)) };
}

afterEach(() => {
  delete (window as { ldnShell?: unknown }).ldnShell;
});

describe('desktop menu', () => {
  it('"Close workspace" leaves the workspace for the welcome screen', async () => {
    const shell = fakeShell();
    const { backend, state } = createInMemoryBackend({ workspace: fakeWorkspace({ name: 'Kenya LDN 2026' }) });
    renderApp(backend, { path: '/workspace/land-types' });
    await screen.findByRole('heading', { level: 1, name: 'Land types' });

    shell.choose('workspace.close');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to LDN Workbench' })).toBeTruthy();
    expect(state.workspace).toBeNull();
  });

  it('"New workspace…" opens the create form ready for typing', async () => {
    const shell = fakeShell();
    const { backend } = createInMemoryBackend({ workspace: fakeWorkspace() });
    renderApp(backend);
    await screen.findByRole('heading', { level: 1, name: 'Kenya LDN 2026' });

    shell.choose('workspace.new');
    const name = await screen.findByLabelText(/^Workspace name/);
    await waitFor(() => expect(document.activeElement).toBe(name));
  });

  it('"Open workspace…" opens the file chosen in the native dialog', async () => {
    const shell = fakeShell();
    const path = '/home/amina/LDN/kenya.ldnw';
    const { backend } = createInMemoryBackend(
      { mode: 'electron', recent: [{ path, name: 'Kenya LDN 2026', countryIso3: 'KEN', openedAt: '2026-03-01T09:00:00.000Z', exists: true }] },
      { 'app.chooseWorkspaceFile': () => ({ path }) },
    );
    renderApp(backend);
    await screen.findByRole('heading', { level: 1, name: 'Welcome to LDN Workbench' });

    shell.choose('workspace.open');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kenya LDN 2026' })).toBeTruthy();
  });
});
