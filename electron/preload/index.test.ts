/**
 * The real Electron runtime cannot run on this machine (its binary is downloaded on first use, and
 * there is no network), so `electron` is replaced by a recorder of what the preload exposes and sends.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMAND_CHANNEL, MENU_CHANNEL } from '../../shared/app/shell';
import { COMMAND_NAMES } from '../../shared/contract';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    exposed: new Map<string, Record<string, unknown>>(),
    listeners,
    emit(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipc event' }, ...args);
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, unknown>) => electron.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: vi.fn((...args: unknown[]) => Promise.resolve({ ok: true, value: args })),
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!electron.listeners.has(channel)) electron.listeners.set(channel, new Set());
      electron.listeners.get(channel)!.add(listener);
    },
    off: (channel: string, listener: (...args: unknown[]) => void) => electron.listeners.get(channel)?.delete(listener),
  },
}));

beforeAll(async () => {
  await import('./index');
});

type Api = Record<string, (...args: unknown[]) => unknown>;
const ldn = () => electron.exposed.get('ldn') as Api;
const ldnShell = () => electron.exposed.get('ldnShell') as { onMenuCommand(listener: (command: string) => void): () => void };

describe('preload', () => {
  it('exposes window.ldn and window.ldnShell, nothing else', () => {
    expect([...electron.exposed.keys()].sort()).toEqual(['ldn', 'ldnShell']);
    expect(Object.keys(ldnShell())).toEqual(['onMenuCommand']);
  });

  it('exposes exactly one function per contract command', () => {
    const api = ldn();
    expect(Object.keys(api).sort()).toEqual([...COMMAND_NAMES].sort());
    for (const name of COMMAND_NAMES) expect(typeof api[name], name).toBe('function');
  });

  it('sends each command over the one command channel, with its own name', async () => {
    for (const name of COMMAND_NAMES) {
      expect(await ldn()[name]!({ probe: name })).toEqual({ ok: true, value: [COMMAND_CHANNEL, name, { probe: name }] });
    }
  });

  it('passes menu commands to the page without the IPC event, and stops on unsubscribe', () => {
    const heard: unknown[][] = [];
    const unsubscribe = ldnShell().onMenuCommand((...args) => heard.push(args));
    electron.emit(MENU_CHANNEL, 'workspace.open');
    electron.emit(MENU_CHANNEL, 'workspace.format-disk');
    unsubscribe();
    electron.emit(MENU_CHANNEL, 'workspace.close');
    expect(heard).toEqual([['workspace.open']]);
  });
});
