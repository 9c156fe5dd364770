import type { CommandResult } from '../../shared/command';

/**
 * Messages between main and the backend utility process (`backend-process.ts`). Each request carries
 * an id; the reply with the same id answers it. `close` asks the backend to close the open workspace
 * cleanly before main ends the process.
 */
export type BackendRequestBody = { kind: 'command'; name: string; input: unknown } | { kind: 'close' };
export type BackendRequest = BackendRequestBody & { id: number };

export interface BackendReply {
  id: number;
  result: CommandResult<unknown>;
}

function hasId(message: unknown): message is { id: number } & Record<string, unknown> {
  return typeof message === 'object' && message !== null && Number.isSafeInteger((message as { id?: unknown }).id);
}

export function isBackendRequest(message: unknown): message is BackendRequest {
  if (!hasId(message)) return false;
  return message.kind === 'close' || (message.kind === 'command' && typeof message.name === 'string');
}

export function isBackendReply(message: unknown): message is BackendReply {
  if (!hasId(message)) return false;
  const result = message.result as { ok?: unknown } | null | undefined;
  return typeof result === 'object' && result !== null && typeof result.ok === 'boolean';
}
