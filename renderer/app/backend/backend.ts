import type { CommandError, CommandResult } from '../../../shared/command';
import type { CommandInput, CommandName, CommandOutput } from '../../../shared/contract';

/** The one way features talk to the backend; which transport carries the call is not their concern. */
export interface Backend {
  call<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandOutput<N>>;
}

/** Carries one command to the backend and brings back its result, whatever the wire. */
export interface Transport {
  send(name: CommandName, input: unknown): Promise<CommandResult<unknown>>;
}

/** A command the backend refused (`{ ok: false }`), with its i18n message key and field errors. */
export class CommandFailure extends Error {
  readonly error: CommandError;

  constructor(error: CommandError) {
    super(`${error.code}: ${error.messageKey}`);
    this.name = 'CommandFailure';
    this.error = error;
  }

  get code(): CommandError['code'] {
    return this.error.code;
  }

  get fieldErrors() {
    return this.error.details?.fields ?? [];
  }
}

/**
 * The web host refused the call because the session cookie is missing or stale. Not a command
 * error: nothing the user does in the page fixes it, only reopening the link the app printed.
 */
export class SessionExpired extends Error {
  constructor() {
    super('session expired');
    this.name = 'SessionExpired';
  }
}

export function createBackend(transport: Transport): Backend {
  return {
    async call(name, input) {
      const result = await transport.send(name, input);
      if (!result.ok) throw new CommandFailure(result.error);
      // The backend validated the output against the same contract before sending it.
      return result.value as CommandOutput<typeof name>;
    },
  };
}

export function isCommandFailure(error: unknown, code?: CommandError['code']): error is CommandFailure {
  return error instanceof CommandFailure && (code === undefined || error.code === code);
}
