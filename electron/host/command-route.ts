import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Backend } from '../backend';
import { MAX_COMMAND_BODY_BYTES, REFUSALS } from './refusals';
import { isJsonContentType, readBodyWithin } from './request-body';
import { isAllowedOrigin } from './request-origin';
import { sendJson, sendRefusal, sendRefusalOfOversizedBody, type Refusal } from './responses';

export const COMMAND_PATH_PREFIX = '/api/command/';

export interface CommandRouteContext {
  backend: Backend;
  port: number;
  isAuthorized(req: IncomingMessage): boolean;
}

/**
 * `POST /api/command/<name>` with a JSON body: the contract over HTTP. Every answer is a CommandResult;
 * the backend's own refusals (validation, unknown command, …) come back with 200 like its successes,
 * since the transport did its job.
 */
export async function handleCommandRequest(req: IncomingMessage, res: ServerResponse, name: string, context: CommandRouteContext): Promise<void> {
  const refusal = refusalBeforeBody(req, context);
  if (refusal) {
    sendRefusal(res, refusal);
    return;
  }
  const body = await readBodyWithin(req, MAX_COMMAND_BODY_BYTES);
  if (body.kind === 'aborted') return;
  if (body.kind === 'too_large') {
    sendRefusalOfOversizedBody(res, REFUSALS.payloadTooLarge);
    return;
  }
  let input: unknown;
  try {
    input = JSON.parse(body.bytes.toString('utf8'));
  } catch {
    sendRefusal(res, REFUSALS.invalidJson);
    return;
  }
  sendJson(res, 200, context.backend.dispatch(name, input));
}

/** Checks that need only the headers, so a refused request's body is never read. */
function refusalBeforeBody(req: IncomingMessage, context: CommandRouteContext): Refusal | undefined {
  if (req.method !== 'POST') return REFUSALS.methodNotAllowed;
  if (!isAllowedOrigin(req.headers.origin, req.headers.host, context.port)) return REFUSALS.forbiddenOrigin;
  if (!context.isAuthorized(req)) return REFUSALS.unauthorized;
  if (!isJsonContentType(req.headers['content-type'])) return REFUSALS.unsupportedMediaType;
  return undefined;
}
