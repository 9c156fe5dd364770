import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import type { Language } from '../../shared/i18n/languages';
import { App } from '../app/App';
import type { Backend } from '../app/backend/backend';
import { createI18n } from '../app/i18n/createI18n';
import { loadAllPages } from '../app/lazyPage';
import { routes } from '../app/routes';

// The pages load on first visit (lazyPage); fetching them all once here keeps that wait out of every test.
await loadAllPages();

/** The whole app, with the real routes and translations, on a fake backend at `path`. */
export function renderApp(backend: Backend, { path = '/', language = 'en' }: { path?: string; language?: Language } = {}) {
  const i18n = createI18n(language);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  render(<App backend={backend} i18n={i18n} router={router} />);
  return { user, i18n, router };
}

/** The text a screen reader reads after a control's name: its help and its error message. */
export function descriptionOf(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}
