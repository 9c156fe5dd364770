import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createInMemoryBackend, fakeWorkspace } from '../../test/inMemoryBackend';
import { renderApp } from '../../test/renderApp';

const linksIn = (nav: HTMLElement) => within(nav).getAllByRole('link').map((link) => link.textContent);

describe('side navigation', () => {
  it('with no workspace open, still leads to the outbox, which belongs to this computer', async () => {
    const { backend } = createInMemoryBackend();
    const { user, router } = renderApp(backend, { path: '/' });
    await screen.findByRole('heading', { level: 1, name: 'Welcome to LDN Workbench' });

    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(linksIn(nav)).toEqual(['Outbox']);
    await user.click(within(nav).getByRole('link', { name: 'Outbox' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Outbox' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/outbox');
    expect(within(nav).getByRole('link', { name: 'Outbox' }).getAttribute('aria-current')).toBe('page');
  });

  it('with a workspace open, lists its pages and the steps of the cycle, and the outbox last', async () => {
    const { backend } = createInMemoryBackend({ workspace: fakeWorkspace() });
    renderApp(backend, { path: '/workspace' });
    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    await within(nav).findByRole('link', { name: 'Overview' });
    expect(linksIn(nav)).toEqual([
      'Overview',
      'Land types',
      'Map',
      'History',
      'Printable report',
      'Baseline',
      'Consultations',
      'Land-use plans',
      'Worksheets',
      'Targets',
      'Reporting',
      'Outbox',
    ]);
  });
});
