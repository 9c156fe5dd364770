import type { CommandResult } from '../../../shared/command';
import type { CommandName } from '../../../shared/contract';
import type { Transport } from './backend';

/** What the Electron preload exposes: one function per contract command, keyed by its dotted name. */
export type PreloadBridge = Record<CommandName, (input: unknown) => Promise<CommandResult<unknown>>>;

export function findPreloadBridge(): PreloadBridge | undefined {
  return (window as { ldn?: PreloadBridge }).ldn;
}

export function createIpcTransport(bridge: PreloadBridge): Transport {
  return {
    send(name, input) {
      return bridge[name](input);
    },
  };
}
