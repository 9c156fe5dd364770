import type { CommandResult } from '../../../shared/command';
import { type CommandName, contract, isCommandName } from '../../../shared/contract';
import { AppError, appError } from '../../backend/errors';
import { isTrustedSender } from '../security/trusted-sender';
import type { ShellHandlers } from './shell-handlers';

export interface CommandRouterOptions {
  /** Commands of scope `shell` (native dialogs), answered in main. */
  shellHandlers: ShellHandlers;
  /** Every other command goes to the backend process. */
  forward(name: CommandName, input: unknown): Promise<CommandResult<unknown>>;
  /** Sees each answer, e.g. to relabel the menus when the language setting changed. */
  onAnswer?(name: CommandName, result: CommandResult<unknown>): void;
}

export const UNTRUSTED_SENDER: CommandResult<never> = {
  ok: false,
  error: new AppError('forbidden', 'shell:errors.untrustedSender').toCommandError(),
};

/**
 * What main does with an `ldn:command` IPC call. The sender frame is checked first, so a frame that
 * is not ours learns nothing, not even which command names exist.
 */
export function createCommandRouter(options: CommandRouterOptions) {
  return async function route(senderFrameUrl: string | null | undefined, name: unknown, input: unknown): Promise<CommandResult<unknown>> {
    if (!isTrustedSender(senderFrameUrl)) return UNTRUSTED_SENDER;
    if (!isCommandName(name)) {
      return { ok: false, error: appError('unknown_command', { command: String(name).slice(0, 100) }).toCommandError() };
    }
    const result = await answer(options, name, input);
    options.onAnswer?.(name, result);
    return result;
  };
}

function answer(options: CommandRouterOptions, name: CommandName, input: unknown): Promise<CommandResult<unknown>> {
  if (contract[name].scope !== 'shell') return options.forward(name, input);
  const handler = options.shellHandlers[name];
  return handler ? handler(input) : Promise.resolve({ ok: false, error: appError('unsupported', { command: name }).toCommandError() });
}
