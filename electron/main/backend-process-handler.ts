import type { Backend } from '../backend/index';
import { appError } from '../backend/errors';
import { type BackendReply, isBackendRequest } from './backend-protocol';

/**
 * Creates the backend, or when that throws (unwritable data folder, native module that fails to
 * load), a stand-in that answers `internal` to every command. Crashing instead would only make main
 * restart the process on every call, and the reason would be lost.
 */
export function createBackendOrStandIn(create: () => Backend, report: (error: unknown) => void): Backend {
  try {
    return create();
  } catch (error) {
    report(error);
    return {
      dispatch: (name) => ({ ok: false, error: appError('internal', { command: name }).toCommandError() }),
      close: () => undefined,
    };
  }
}

/** Answers one message from main; anything that is not a request is ignored (undefined). */
export function answerBackendRequest(backend: Backend, message: unknown, report: (error: unknown) => void): BackendReply | undefined {
  if (!isBackendRequest(message)) return undefined;
  if (message.kind === 'command') return { id: message.id, result: backend.dispatch(message.name, message.input) };
  try {
    backend.close();
    return { id: message.id, result: { ok: true, value: null } };
  } catch (error) {
    report(error);
    return { id: message.id, result: { ok: false, error: appError('internal').toCommandError() } };
  }
}
