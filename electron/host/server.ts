import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Backend } from '../backend';
import { COMMAND_PATH_PREFIX, handleCommandRequest } from './command-route';
import { REFUSALS } from './refusals';
import { isAllowedHost } from './request-origin';
import { sendJson, sendRefusal, sendText } from './responses';
import { applySecurityHeaders } from './security-headers';
import { SESSION_COOKIE, TOKEN_HEADER, cookieValue, tokenMatcher } from './session-token';
import { handleStaticRequest } from './static-route';

/** The only interface the host listens on: never reachable from the network. */
export const LOOPBACK = '127.0.0.1';

/** How long shutdown waits for requests in progress before cutting their connections. */
const SHUTDOWN_GRACE_MS = 5000;

export interface HostServerOptions {
  backend: Backend;
  /** The built renderer (`out/renderer`): index.html and assets/. */
  rendererDir: string;
  token: string;
  /** 0 picks a free port. */
  port: number;
}

export interface HostServer {
  port: number;
  /** The address to open in a browser, token included. */
  url: string;
  /** Stops accepting connections and resolves once requests in progress have been answered. */
  close(): Promise<void>;
}

export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
  const matchesToken = tokenMatcher(options.token);
  const isAuthorized = (req: IncomingMessage): boolean =>
    matchesToken(cookieValue(req.headers.cookie, SESSION_COOKIE)) || matchesToken(headerValue(req, TOKEN_HEADER));
  let port = options.port;

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      console.error('LDN Workbench host: request failed', error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', messageKey: 'errors:internal' } });
      else res.destroy();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    applySecurityHeaders(res);
    const { rawPath, rawQuery } = splitRequestTarget(req.url ?? '/');
    const isApi = rawPath.startsWith('/api/');
    if (!isAllowedHost(req.headers.host, port)) {
      if (isApi) sendRefusal(res, REFUSALS.forbiddenHost);
      else sendText(res, 403, 'Forbidden');
      return;
    }
    if (rawPath === '/health') {
      sendText(res, 200, 'ok');
    } else if (rawPath.startsWith(COMMAND_PATH_PREFIX)) {
      await handleCommandRequest(req, res, rawPath.slice(COMMAND_PATH_PREFIX.length), { backend: options.backend, port, isAuthorized });
    } else if (isApi) {
      sendRefusal(res, REFUSALS.noSuchEndpoint);
    } else {
      await handleStaticRequest(req, res, rawPath, new URLSearchParams(rawQuery), {
        rendererDir: options.rendererDir,
        matchesToken,
        isAuthorized,
      });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://${LOOPBACK}:${port}/?token=${encodeURIComponent(options.token)}`,
    close: () =>
      new Promise<void>((resolve) => {
        const cutOff = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
        server.close(() => {
          clearTimeout(cutOff);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Path and query exactly as sent: the path is checked before any decoding or normalisation. */
function splitRequestTarget(target: string): { rawPath: string; rawQuery: string } {
  const mark = target.indexOf('?');
  return mark < 0 ? { rawPath: target, rawQuery: '' } : { rawPath: target.slice(0, mark), rawQuery: target.slice(mark + 1) };
}
