import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInMemoryBackend, fakeWorkspace, settingsIn } from '../../test/inMemoryBackend';
import { renderApp } from '../../test/renderApp';

afterEach(() => {
  vi.restoreAllMocks();
});

function statusBar(): HTMLElement {
  return screen.getByRole('contentinfo');
}

describe('status bar', () => {
  it('names the open workspace, with its file on hover, and when it was last saved', async () => {
    const { backend } = createInMemoryBackend({
      settings: settingsIn('fr'),
      workspace: fakeWorkspace({ name: 'Kenya LDN 2026', path: '/home/amina/LDN/kenya.ldnw', lastChangeAt: '2026-03-12T14:05:00.000Z' }),
    });
    renderApp(backend, { language: 'fr' });
    const name = await within(statusBar()).findByText('Espace de travail : Kenya LDN 2026');
    expect(name.getAttribute('title')).toBe('/home/amina/LDN/kenya.ldnw');
    // French date, whatever the time zone of the machine running the test.
    expect(within(statusBar()).getByText(/^Dernier enregistrement : 1[23] mars 2026/)).toBeTruthy();
  });

  it('moves "last saved" forward after a change', async () => {
    const { backend } = createInMemoryBackend({ workspace: fakeWorkspace({ lastChangeAt: null }) });
    const { user } = renderApp(backend, { path: '/workspace/land-types' });
    expect(await within(statusBar()).findByText('No changes saved yet')).toBeTruthy();

    await user.click(await screen.findByRole('button', { name: 'Add land type' }));
    await user.type(screen.getByLabelText(/^Code/), 'CL-1');
    await user.type(screen.getByLabelText(/^Name/), 'Cropland{Enter}');
    expect(await within(statusBar()).findByText(/^Last saved /)).toBeTruthy();
  });

  it('says when the computer goes offline and comes back', async () => {
    const { backend } = createInMemoryBackend();
    renderApp(backend);
    expect(await within(statusBar()).findByText('Online')).toBeTruthy();

    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(within(statusBar()).getByText(/^Offline/)).toBeTruthy();

    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(within(statusBar()).getByText('Online')).toBeTruthy();
  });
});
