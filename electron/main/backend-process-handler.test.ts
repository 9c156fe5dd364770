import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { type Backend, createBackend } from '../backend/index';
import { answerBackendRequest, createBackendOrStandIn } from './backend-process-handler';

function fakeBackend() {
  return {
    dispatch: vi.fn<Backend['dispatch']>(() => ({ ok: true, value: 'answer' })),
    close: vi.fn<Backend['close']>(),
  };
}

describe('answerBackendRequest', () => {
  it('runs a command through the backend and answers with the same id', () => {
    const backend = fakeBackend();
    const reply = answerBackendRequest(backend, { id: 7, kind: 'command', name: 'app.info', input: {} }, vi.fn());
    expect(backend.dispatch).toHaveBeenCalledWith('app.info', {});
    expect(reply).toEqual({ id: 7, result: { ok: true, value: 'answer' } });
  });

  it('closes the workspace on a close request', () => {
    const backend = fakeBackend();
    expect(answerBackendRequest(backend, { id: 8, kind: 'close' }, vi.fn())).toEqual({ id: 8, result: { ok: true, value: null } });
    expect(backend.close).toHaveBeenCalledOnce();
  });

  it('answers internal when closing fails, and reports why', () => {
    const backend = fakeBackend();
    backend.close.mockImplementation(() => {
      throw new Error('database is locked');
    });
    const report = vi.fn();
    expect(answerBackendRequest(backend, { id: 9, kind: 'close' }, report)).toMatchObject({ id: 9, result: { ok: false, error: { code: 'internal' } } });
    expect(report).toHaveBeenCalledWith(expect.objectContaining({ message: 'database is locked' }));
  });

  it.each([null, 'app.info', { name: 'app.info' }, { id: 'x', kind: 'command', name: 'app.info' }, { id: 1, kind: 'drop' }])(
    'ignores a message that is not a request: %j',
    (message) => {
      const backend = fakeBackend();
      expect(answerBackendRequest(backend, message, vi.fn())).toBeUndefined();
      expect(backend.dispatch).not.toHaveBeenCalled();
    },
  );
});

describe('createBackendOrStandIn', () => {
  it('returns the backend when it starts', () => {
    const backend = fakeBackend();
    expect(createBackendOrStandIn(() => backend, vi.fn())).toBe(backend);
  });

  it('answers internal to every command when the backend cannot start, and reports why', () => {
    const report = vi.fn();
    const standIn = createBackendOrStandIn(() => {
      throw new Error('EACCES: permission denied');
    }, report);
    expect(report).toHaveBeenCalledWith(expect.objectContaining({ message: 'EACCES: permission denied' }));
    expect(standIn.dispatch('settings.get', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(() => standIn.close()).not.toThrow();
  });
});

describe('answerBackendRequest with the real backend', () => {
  it('answers app.info for the desktop app and closes cleanly', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ldn-backend-process-'));
    try {
      const backend = createBackend({ dataDir, mode: 'electron', appVersion: '0.1.0' });
      const reply = answerBackendRequest(backend, { id: 1, kind: 'command', name: 'app.info', input: {} }, vi.fn());
      expect(reply).toMatchObject({ id: 1, result: { ok: true, value: { version: '0.1.0', mode: 'electron', nativeFileDialogs: true } } });
      expect(answerBackendRequest(backend, { id: 2, kind: 'close' }, vi.fn())).toEqual({ id: 2, result: { ok: true, value: null } });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
