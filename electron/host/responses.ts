import type { ServerResponse } from 'node:http';
import type { CommandError, CommandResult } from '../../shared/command';

/** A refusal by the transport, before the command reaches the backend. */
export interface Refusal {
  status: number;
  headers?: Record<string, string>;
  error: CommandError;
}

/**
 * How long a connection stays open, unread, after refusing an oversized body: long enough for the
 * client to read our answer, short enough that a client streaming without end cannot hold it.
 */
const CLOSE_AFTER_OVERSIZED_MS = 1000;

const JSON_TYPE = 'application/json; charset=utf-8';

export function sendJson(res: ServerResponse, status: number, result: CommandResult<unknown>): void {
  writeResponse(res, status, JSON_TYPE, JSON.stringify(result)).end();
}

/**
 * The request body may be partly unread when we refuse, so the connection is closed afterwards instead
 * of being kept alive for a next request that would first have to wait for the rest of this one.
 */
export function sendRefusal(res: ServerResponse, refusal: Refusal): void {
  writeRefusal(res, refusal).end();
}

/**
 * Refuses a body whose reading stopped at the size limit. Closing a socket that still holds unread data
 * makes TCP send a reset, which the client reports as a network failure instead of our answer. So the
 * answer is written now and the connection closed a moment later (or when the client hangs up first),
 * still without reading anything more.
 */
export function sendRefusalOfOversizedBody(res: ServerResponse, refusal: Refusal): void {
  writeRefusal(res, refusal);
  const closing = setTimeout(() => res.end(), CLOSE_AFTER_OVERSIZED_MS);
  res.on('close', () => clearTimeout(closing));
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  writeResponse(res, status, 'text/plain; charset=utf-8', text, headers).end();
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  writeResponse(res, status, 'text/html; charset=utf-8', html).end();
}

function writeRefusal(res: ServerResponse, refusal: Refusal): ServerResponse {
  const result: CommandResult<never> = { ok: false, error: refusal.error };
  return writeResponse(res, refusal.status, JSON_TYPE, JSON.stringify(result), { ...refusal.headers, Connection: 'close' });
}

/** Writes status, headers and the whole body; the caller decides when to end the response. */
function writeResponse(res: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}): ServerResponse {
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store', ...headers });
  res.write(body);
  return res;
}
