import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PRAIS_URL } from '../../../shared/outbox/schema';
import { App } from '../../app/App';
import { createI18n } from '../../app/i18n/createI18n';
import { createInMemoryBackend, settingsIn } from '../../test/inMemoryBackend';
import { emptyOutbox, fakeOutboxItem } from '../../test/inMemoryOutbox';
import { descriptionOf, renderApp } from '../../test/renderApp';
import { SendWhenOnlineButton } from './SendWhenOnlineButton';

const queued = fakeOutboxItem({ id: 'q', fileName: 'KEN_LDN_2026_a.zip', lastFailure: { reason: 'offline', httpStatus: null } });
const failed = fakeOutboxItem({ id: 'f', fileName: 'KEN_LDN_2026_b.zip', state: 'failed', attempts: 8, lastFailure: { reason: 'server_error', httpStatus: 503 } });
const sent = fakeOutboxItem({ id: 's', fileName: 'KEN_LDN_2026_c.zip', state: 'sent', attempts: 1, sentAt: '2026-11-24T06:01:00.000Z', receipt: { receiptId: 'R-42' } });
const forPrais = fakeOutboxItem({ id: 'p', fileName: 'KEN_LDN_2026_d.zip', path: '/home/amina/LDN/KEN_LDN_2026_d.zip', destination: 'prais', state: 'ready' });

const cardOf = async (fileName: string) => within((await screen.findByText(fileName)).closest('li')!);

describe('outbox page', () => {
  it('shows each package with its state, the reason it waits or failed, and the receipt once sent', async () => {
    const { backend } = createInMemoryBackend({ outbox: { endpoint: 'https://submit.example.org/ldn', items: [queued, failed, sent] } });
    renderApp(backend, { path: '/outbox' });

    await screen.findByRole('heading', { level: 1, name: 'Outbox' });
    const waiting = await cardOf('KEN_LDN_2026_a.zip');
    expect(waiting.getByText('Queued')).toBeTruthy();
    expect(waiting.getByText(/the submission endpoint cannot be reached/)).toBeTruthy();
    const refused = await cardOf('KEN_LDN_2026_b.zip');
    expect(refused.getByText('Failed')).toBeTruthy();
    expect(refused.getByText('the receiver had a problem and asked to try again later. (HTTP 503)')).toBeTruthy();
    const delivered = await cardOf('KEN_LDN_2026_c.zip');
    expect(delivered.getByText('Sent')).toBeTruthy();
    expect(delivered.getByText('R-42')).toBeTruthy();
    expect(delivered.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('retries a failed package and follows it to "Sent" while polling', async () => {
    const { backend, state, inputsOf } = createInMemoryBackend({ outbox: { endpoint: 'https://submit.example.org/ldn', items: [failed] } });
    const { user } = renderApp(backend, { path: '/outbox' });

    await user.click(await screen.findByRole('button', { name: 'Retry' }));
    expect(inputsOf('outbox.retry')).toEqual([{ id: 'f' }]);
    expect(await (await cardOf('KEN_LDN_2026_b.zip')).findByText('Queued')).toBeTruthy();

    // The uploader delivers it in the background; the screen learns it at its next poll.
    state.outbox.items = [{ ...state.outbox.items[0]!, state: 'sent', sentAt: '2026-11-24T06:02:00.000Z', receipt: { receiptId: 'R-7' } }];
    expect(await (await cardOf('KEN_LDN_2026_b.zip')).findByText('R-7', {}, { timeout: 4_000 })).toBeTruthy();
  });

  it('removes a package with "Undo" to bring it back', async () => {
    const { backend, inputsOf } = createInMemoryBackend({ outbox: { endpoint: null, items: [queued] } });
    const { user } = renderApp(backend, { path: '/outbox' });

    await user.click(await screen.findByRole('button', { name: 'Remove KEN_LDN_2026_a.zip from the outbox' }));
    expect(await screen.findByText('The outbox is empty')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('KEN_LDN_2026_a.zip')).toBeTruthy();
    expect(inputsOf('outbox.restore')).toEqual([{ id: 'q' }]);
  });

  it('refuses an http endpoint on another computer at the field, and saves an https one', async () => {
    const { backend, inputsOf } = createInMemoryBackend({ outbox: emptyOutbox() });
    const { user } = renderApp(backend, { path: '/outbox' });

    const field = await screen.findByLabelText('Endpoint address');
    await user.type(field, 'http://submit.example.org/ldn');
    await user.click(screen.getByRole('button', { name: 'Save endpoint' }));
    expect(descriptionOf(field)).toContain('Use https:// for another computer; http:// is allowed only for 127.0.0.1 or localhost.');
    expect(inputsOf('outbox.saveSettings')).toEqual([]);

    await user.clear(field);
    await user.type(field, 'https://submit.example.org/ldn');
    await user.click(screen.getByRole('button', { name: 'Save endpoint' }));
    expect(await screen.findByText('Submission endpoint saved.')).toBeTruthy();
    expect(inputsOf('outbox.saveSettings')).toEqual([{ endpoint: 'https://submit.example.org/ldn' }]);
  });

  it('offers PRAIS as a link that opens outside the app, and the file path with a copy button in the browser', async () => {
    const { backend } = createInMemoryBackend({ outbox: { endpoint: null, items: [forPrais] } });
    renderApp(backend, { path: '/outbox' });

    const card = await cardOf('KEN_LDN_2026_d.zip');
    expect(card.getByText('Ready for PRAIS')).toBeTruthy();
    const link = card.getByRole('link', { name: 'Open PRAIS' });
    expect(link.getAttribute('href')).toBe(PRAIS_URL);
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(card.getByText('/home/amina/LDN/KEN_LDN_2026_d.zip')).toBeTruthy();
    expect(card.getByRole('button', { name: 'Copy path' })).toBeTruthy();
    expect(card.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('reveals the file in the folder in the desktop app', async () => {
    const { backend, inputsOf } = createInMemoryBackend({ mode: 'electron', outbox: { endpoint: null, items: [forPrais] } });
    const { user } = renderApp(backend, { path: '/outbox' });

    await user.click(await screen.findByRole('button', { name: 'Show file' }));
    expect(inputsOf('outbox.showFile')).toEqual([{ path: '/home/amina/LDN/KEN_LDN_2026_d.zip' }]);
  });

  it('reads in Arabic, right to left', async () => {
    const { backend } = createInMemoryBackend({ settings: settingsIn('ar'), outbox: { endpoint: null, items: [queued] } });
    renderApp(backend, { path: '/outbox', language: 'ar' });
    expect(await screen.findByRole('heading', { level: 1, name: 'صندوق الصادر' })).toBeTruthy();
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect((await cardOf('KEN_LDN_2026_a.zip')).getByText('في قائمة الانتظار')).toBeTruthy();
  });
});

describe('"Send when online" on the reporting screen', () => {
  it('queues the exported package for the endpoint and links to the outbox', async () => {
    const { backend, inputsOf } = createInMemoryBackend();
    const router = createMemoryRouter([{ path: '/', element: <SendWhenOnlineButton path="/home/amina/LDN/KEN.zip" /> }]);
    render(<App backend={backend} i18n={createI18n('en')} router={router} />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Send when online' }));
    expect(await screen.findByText(/will be sent when the submission endpoint can be reached/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the outbox' }).getAttribute('href')).toBe('/outbox');
    expect(inputsOf('outbox.enqueue')).toEqual([{ path: '/home/amina/LDN/KEN.zip', destination: 'endpoint' }]);
  });
});
