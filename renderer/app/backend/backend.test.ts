import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandResult } from '../../../shared/command';
import { CommandFailure, createBackend, SessionExpired, type Transport } from './backend';
import { createDefaultBackend } from './defaultBackend';
import { createHttpTransport } from './httpTransport';
import { createIpcTransport, type PreloadBridge } from './ipcTransport';

const landType = {
  id: '01890000-0000-7000-8000-000000000001',
  code: 'CL-1',
  name: 'Cropland',
  definitionBasis: null,
  areaKm2: 10,
  notes: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
};

const codeTaken: CommandResult<never> = {
  ok: false,
  error: {
    code: 'conflict',
    messageKey: 'errors:conflict',
    details: { fields: [{ path: ['code'], messageKey: 'errors:landtypes.codeTaken' }] },
  },
};

function fakeTransport(result: CommandResult<unknown>): Transport & { sent: { name: string; input: unknown }[] } {
  const sent: { name: string; input: unknown }[] = [];
  return {
    sent,
    send: (name, input) => {
      sent.push({ name, input });
      return Promise.resolve(result);
    },
  };
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete (window as { ldn?: unknown }).ldn;
});

describe('backend client', () => {
  it('returns the value of a successful command', async () => {
    const transport = fakeTransport({ ok: true, value: landType });
    const backend = createBackend(transport);
    await expect(backend.call('landtypes.save', { code: 'CL-1', name: 'Cropland' })).resolves.toEqual(landType);
    expect(transport.sent).toEqual([{ name: 'landtypes.save', input: { code: 'CL-1', name: 'Cropland' } }]);
  });

  it('throws a CommandFailure carrying the code, message key and field errors of a refusal', async () => {
    const backend = createBackend(fakeTransport(codeTaken));
    const failure = await backend.call('landtypes.save', { code: 'CL-1', name: 'x' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CommandFailure);
    expect((failure as CommandFailure).code).toBe('conflict');
    expect((failure as CommandFailure).fieldErrors).toEqual([{ path: ['code'], messageKey: 'errors:landtypes.codeTaken' }]);
  });
});

describe('HTTP transport', () => {
  it('posts the JSON input to /api/command/<name> with the session cookie', async () => {
    const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(jsonResponse(200, { ok: true, value: landType })));
    const backend = createBackend(createHttpTransport(fetchMock));
    await backend.call('landtypes.save', { code: 'CL-1', name: 'Cropland' });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/command/landtypes.save');
    expect(init).toMatchObject({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ code: 'CL-1', name: 'Cropland' }),
    });
  });

  it('reads a refusal from the body of a 4xx reply', async () => {
    const backend = createBackend(createHttpTransport(() => Promise.resolve(jsonResponse(409, codeTaken))));
    await expect(backend.call('landtypes.save', { code: 'CL-1', name: 'x' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('reports an expired session on 401, whatever the body says', async () => {
    const backend = createBackend(
      createHttpTransport(() =>
        Promise.resolve(jsonResponse(401, { ok: false, error: { code: 'internal', messageKey: 'x' } })),
      ),
    );
    await expect(backend.call('workspace.get', {})).rejects.toBeInstanceOf(SessionExpired);
  });

  it('turns an unreachable host into a "connection lost" failure', async () => {
    const backend = createBackend(createHttpTransport(() => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(backend.call('workspace.get', {})).rejects.toMatchObject({
      error: { messageKey: 'errors:connectionLost' },
    });
  });
});

describe('transport choice', () => {
  it('uses the preload bridge, keyed by the dotted command name, when Electron exposes one', async () => {
    const save = vi.fn(() => Promise.resolve({ ok: true, value: landType }));
    (window as { ldn?: unknown }).ldn = { 'landtypes.save': save };
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    await createDefaultBackend().call('landtypes.save', { code: 'CL-1', name: 'Cropland' });
    expect(save).toHaveBeenCalledWith({ code: 'CL-1', name: 'Cropland' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('uses HTTP when there is no preload bridge', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(jsonResponse(200, { ok: true, value: { items: [] } })));
    vi.stubGlobal('fetch', fetchMock);
    await expect(createDefaultBackend().call('landtypes.list', {})).resolves.toEqual({ items: [] });
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  it('passes IPC refusals on as CommandFailure too', async () => {
    const bridge = { 'landtypes.save': () => Promise.resolve(codeTaken) } as unknown as PreloadBridge;
    const backend = createBackend(createIpcTransport(bridge));
    await expect(backend.call('landtypes.save', { code: 'CL-1', name: 'x' })).rejects.toBeInstanceOf(CommandFailure);
  });
});
