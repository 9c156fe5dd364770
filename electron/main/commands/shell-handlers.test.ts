import { describe, expect, it, vi } from 'vitest';
import { COMMAND_NAMES, contract } from '../../../shared/contract';
import { type ShellActions, createShellHandlers } from './shell-handlers';

function setup(chooseWorkspaceFile: ShellActions['chooseWorkspaceFile'] = vi.fn(() => Promise.resolve({ path: null }))) {
  const report = vi.fn();
  return { handlers: createShellHandlers({ chooseWorkspaceFile, chooseFolder: () => Promise.resolve({ path: '/home/amina/PRAIS' }), showFile: () => Promise.resolve({ shown: true }), printToPdf: () => Promise.resolve({ path: null }) }, report), chooseWorkspaceFile, report };
}

describe('shell handlers', () => {
  it('cover every command the contract marks as answered by the shell', () => {
    const shellCommands = COMMAND_NAMES.filter((name) => contract[name].scope === 'shell');
    expect(Object.keys(setup().handlers).sort()).toEqual(shellCommands.sort());
  });

  it('pass valid input to the dialog and return its answer', async () => {
    const { handlers, chooseWorkspaceFile } = setup(vi.fn(() => Promise.resolve({ path: '/data/Kenya.ldnw' })));
    const result = await handlers['app.chooseWorkspaceFile']!({ purpose: 'create', suggestedName: 'Kenya' });
    expect(result).toEqual({ ok: true, value: { path: '/data/Kenya.ldnw' } });
    expect(chooseWorkspaceFile).toHaveBeenCalledWith({ purpose: 'create', suggestedName: 'Kenya' });
  });

  it.each([
    ['an unknown purpose', { purpose: 'delete' }, ['purpose']],
    ['a missing purpose', {}, ['purpose']],
    ['an over-long suggested name', { purpose: 'create', suggestedName: 'x'.repeat(201) }, ['suggestedName']],
    ['no input at all', undefined, ['purpose']],
  ])('refuse %s with a field error and show no dialog', async (_case, input, path) => {
    const { handlers, chooseWorkspaceFile } = setup();
    const result = await handlers['app.chooseWorkspaceFile']!(input);
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path }] } } });
    expect(chooseWorkspaceFile).not.toHaveBeenCalled();
  });

  it('turn a failing dialog into an internal error and report it', async () => {
    const { handlers, report } = setup(vi.fn(() => Promise.reject(new Error('no display'))));
    expect(await handlers['app.chooseWorkspaceFile']!({ purpose: 'open' })).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(report).toHaveBeenCalledWith(expect.objectContaining({ message: 'no display' }), 'app.chooseWorkspaceFile');
  });
});
