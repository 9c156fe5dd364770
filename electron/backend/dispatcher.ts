import { contract, isCommandName } from '../../shared/contract';
import type { CommandResult } from '../../shared/command';
import { fieldErrorsFromZod } from '../../shared/validation';
import { AppError, appError } from './errors';
import type { BackendCommandName, Handler, Handlers } from './handler-types';
import type { Session } from './session';

export interface DispatcherOptions {
  /** Check every answer against the contract's output schema (on in tests; costs time on large lists). */
  validateOutput?: boolean;
  /** Where unexpected failures are reported; the caller only ever sees `internal`. */
  onInternalError?: (error: unknown, command: string) => void;
}

/**
 * The one door into the backend: looks the command up, validates the input with its zod schema (every
 * caller is untrusted), runs the handler (inside one transaction for workspace commands) and answers
 * `{ ok: true, value }` or `{ ok: false, error }` with an i18n message key, never a stack trace.
 */
export function createDispatcher(session: Session, handlers: Handlers<BackendCommandName>, options: DispatcherOptions = {}) {
  return function dispatch(name: string, input: unknown): CommandResult<unknown> {
    if (!isCommandName(name)) return { ok: false, error: appError('unknown_command', { command: String(name) }).toCommandError() };
    const spec = contract[name];
    if (spec.scope === 'shell') return { ok: false, error: appError('unsupported', { command: name }).toCommandError() };

    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      return { ok: false, error: appError('validation', { fields: fieldErrorsFromZod(parsed.error) }).toCommandError() };
    }
    try {
      const handler = handlers[name as BackendCommandName] as Handler<BackendCommandName>;
      const run = () => handler(parsed.data, session);
      const value = spec.scope === 'workspace' ? session.workspace().transaction(run) : run();
      return { ok: true, value: options.validateOutput ? spec.output.parse(value) : value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toCommandError() };
      options.onInternalError?.(error, name);
      return { ok: false, error: appError('internal', { command: name }).toCommandError() };
    }
  };
}
