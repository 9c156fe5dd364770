import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface TransportResponse {
  status: number;
  body: string;
}

/** Why a request got no HTTP answer. */
export type NetworkFailure = 'offline' | 'connection_lost' | 'timeout';

export class TransportError extends Error {
  constructor(readonly failure: NetworkFailure, cause: unknown) {
    super(failure, { cause });
    this.name = 'TransportError';
  }
}

/** How the uploader reaches the endpoint; tests wrap the real one to see every address it dials. */
export interface Transport {
  send(url: URL, options: { method: 'HEAD' | 'POST'; headers?: Record<string, string>; body?: Uint8Array; timeoutMs: number }): Promise<TransportResponse>;
}

/** Receipts are small JSON documents; anything longer is not one. */
const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * node:http(s) without redirects (a 3xx is an answer, never a reason to dial another host) and with one
 * timeout for the whole exchange.
 */
export const httpTransport: Transport = {
  send(url, { method, headers = {}, body, timeoutMs }) {
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      let connected = false;
      // A connection of its own per request (no keep-alive pool): an upload never rides on a socket the
      // receiver may already have closed, and "could not connect" is told apart from "cut off".
      const req = request(url, { method, agent: false, headers: body ? { ...headers, 'Content-Length': String(body.length) } : headers });
      const fail = (failure: NetworkFailure, cause: unknown) => reject(new TransportError(failure, cause));
      req.setTimeout(timeoutMs, () => req.destroy(new TransportError('timeout', null)));
      req.on('socket', (socket) => {
        if (socket.connecting) socket.once('connect', () => (connected = true));
        else connected = true;
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error instanceof TransportError) reject(error);
        // Refused or unresolvable before a connection: the endpoint is not reachable from here.
        else fail(connected ? 'connection_lost' : 'offline', error);
      });
      req.on('response', (response: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_RESPONSE_BYTES) chunks.push(chunk);
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', (error) => fail('connection_lost', error));
      });
      req.end(body);
    });
  },
};
