import { describe, expect, it, vi } from 'vitest';
import type { CommandResult } from '../../../shared/command';
import { UNTRUSTED_SENDER, createCommandRouter } from './command-router';

const APP_FRAME = 'app://ldn/index.html';

function setup() {
  const forward = vi.fn((name: string): Promise<CommandResult<unknown>> => Promise.resolve({ ok: true, value: `backend:${name}` }));
  const chooseFile = vi.fn((): Promise<CommandResult<unknown>> => Promise.resolve({ ok: true, value: { path: '/home/amina/kenya.ldnw' } }));
  const onAnswer = vi.fn();
  const route = createCommandRouter({ forward, shellHandlers: { 'app.chooseWorkspaceFile': chooseFile }, onAnswer });
  return { route, forward, chooseFile, onAnswer };
}

describe('command router', () => {
  it.each([undefined, null, 'about:blank', 'https://evil.example/', 'file:///tmp/x.html', 'app://evil/'])(
    'refuses a call from an untrusted frame (%s) before looking at the command',
    async (frameUrl) => {
      const { route, forward, chooseFile } = setup();
      expect(await route(frameUrl, 'app.chooseWorkspaceFile', { purpose: 'open' })).toEqual(UNTRUSTED_SENDER);
      expect(await route(frameUrl, 'no.such.command', {})).toEqual(UNTRUSTED_SENDER);
      expect(forward).not.toHaveBeenCalled();
      expect(chooseFile).not.toHaveBeenCalled();
    },
  );

  it('refuses unknown command names, including ones inherited from Object.prototype', async () => {
    const { route, forward } = setup();
    for (const name of ['workspace.dropAllTables', '__proto__', 'constructor', 42, { name: 'app.info' }]) {
      expect(await route(APP_FRAME, name, {})).toMatchObject({ ok: false, error: { code: 'unknown_command', messageKey: 'errors:unknownCommand' } });
    }
    expect(forward).not.toHaveBeenCalled();
  });

  it('forwards app and workspace commands to the backend process', async () => {
    const { route, forward } = setup();
    expect(await route(APP_FRAME, 'app.info', {})).toEqual({ ok: true, value: 'backend:app.info' });
    expect(await route(APP_FRAME, 'landtypes.list', {})).toEqual({ ok: true, value: 'backend:landtypes.list' });
    expect(forward).toHaveBeenCalledWith('landtypes.list', {});
  });

  it('answers shell commands in main, without the backend', async () => {
    const { route, forward, chooseFile } = setup();
    expect(await route(APP_FRAME, 'app.chooseWorkspaceFile', { purpose: 'open' })).toEqual({ ok: true, value: { path: '/home/amina/kenya.ldnw' } });
    expect(chooseFile).toHaveBeenCalledWith({ purpose: 'open' });
    expect(forward).not.toHaveBeenCalled();
  });

  it('answers unsupported for a shell command main has no handler for', async () => {
    const route = createCommandRouter({ forward: vi.fn(), shellHandlers: {} });
    expect(await route(APP_FRAME, 'app.chooseWorkspaceFile', { purpose: 'open' })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('reports each answer, so the shell can follow a language change', async () => {
    const { route, onAnswer } = setup();
    await route(APP_FRAME, 'settings.setLanguage', { language: 'fr' });
    expect(onAnswer).toHaveBeenCalledWith('settings.setLanguage', { ok: true, value: 'backend:settings.setLanguage' });
  });
});
