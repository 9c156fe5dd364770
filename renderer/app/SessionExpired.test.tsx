import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/renderApp';
import { createBackend } from './backend/backend';
import { createHttpTransport } from './backend/httpTransport';

describe('web host session', () => {
  it('tells the user to reopen the printed link when the host no longer accepts the browser', async () => {
    const refused = () =>
      Promise.resolve(
        new Response(JSON.stringify({ ok: false, error: { code: 'unauthorized', messageKey: 'host:errors.unauthorized' } }), {
          status: 401,
        }),
      );
    renderApp(createBackend(createHttpTransport(refused)), { language: 'fr' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Session expirée' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Rouvrez le lien que LDN Workbench a affiché au démarrage.');
  });
});
