import { cleanup, render, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from './i18n/createI18n';
import { RouteErrorPage } from './layout/RouteErrorPage';
import { lazyPage } from './lazyPage';

function renderRoute(Page: ComponentType) {
  const router = createMemoryRouter([{ path: '/', element: <Page />, errorElement: <RouteErrorPage /> }]);
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}

describe('lazyPage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says it is loading until the page has arrived, then shows the page', async () => {
    let arrive: (page: ComponentType) => void = () => undefined;
    // One promise for every call: loadAllPages (renderApp) may ask for this page again, and must not wait forever.
    const arrival = new Promise<ComponentType>((resolve) => (arrive = resolve));
    const Page = lazyPage(() => arrival);
    renderRoute(Page);
    expect((await screen.findByRole('status')).textContent).toBe('Loading…');

    arrive(() => <h1>Land types</h1>);
    expect(await screen.findByRole('heading', { name: 'Land types' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows a page fetched before at once, with no loading state to wait through', async () => {
    const Page = lazyPage(() => Promise.resolve(() => <h1>History</h1>));
    renderRoute(Page);
    await screen.findByRole('heading', { name: 'History' });
    cleanup();

    renderRoute(Page);
    expect(screen.getByRole('heading', { name: 'History' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows the error page, not a blank one, when the page cannot be loaded', async () => {
    // React and the router report the failed render on the console; the user sees the error page.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const Page = lazyPage(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    renderRoute(Page);
    expect(await screen.findByRole('heading', { name: 'This page could not be shown' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });
});
