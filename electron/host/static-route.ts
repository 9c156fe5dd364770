import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { contentTypeFor } from '../../shared/app/renderer-serving';
import { sendHtml, sendText } from './responses';
import { sessionCookie } from './session-token';
import { resolveStaticPath } from './static-path';
import { UNAUTHORIZED_PAGE } from './unauthorized-page';

export interface StaticRouteContext {
  rendererDir: string;
  matchesToken(candidate: string | undefined): boolean;
  isAuthorized(req: IncomingMessage): boolean;
}

/**
 * The built renderer. Opening the printed link (`/?token=…`) trades the token for a session cookie and
 * redirects to `/`, so the token does not stay in the address bar or the browser history.
 */
export async function handleStaticRequest(
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
  query: URLSearchParams,
  context: StaticRouteContext,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const offeredToken = query.get('token');
  if (offeredToken !== null && context.matchesToken(offeredToken)) {
    res.writeHead(303, { 'Set-Cookie': sessionCookie(offeredToken), Location: '/', 'Cache-Control': 'no-store' });
    res.end();
    return;
  }
  if (!context.isAuthorized(req)) {
    sendHtml(res, 401, UNAUTHORIZED_PAGE);
    return;
  }
  const target = resolveStaticPath(context.rendererDir, rawPath);
  if (target.kind === 'refused') {
    sendText(res, 400, 'Bad request');
    return;
  }
  const appShell = join(context.rendererDir, 'index.html');
  const file = (await regularFile(target.path)) ?? (target.appShell ? await regularFile(appShell) : undefined);
  if (file === undefined) {
    sendText(res, 404, 'Not found');
    return;
  }
  await sendFile(req, res, file, file.path === appShell ? 'no-store' : cachePolicyFor(rawPath));
}

/**
 * index.html names the current build's bundles, so it is never cached (see above); the bundles under
 * /assets/ carry content hashes in their names (Vite) and never change under one name.
 */
function cachePolicyFor(rawPath: string): string {
  return rawPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

interface RegularFile {
  path: string;
  size: number;
}

async function regularFile(path: string): Promise<RegularFile | undefined> {
  try {
    const stats = await stat(path);
    return stats.isFile() ? { path, size: stats.size } : undefined;
  } catch {
    return undefined;
  }
}

async function sendFile(req: IncomingMessage, res: ServerResponse, file: RegularFile, cacheControl: string): Promise<void> {
  res.writeHead(200, { 'Content-Type': contentTypeFor(file.path), 'Content-Length': file.size, 'Cache-Control': cacheControl });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  try {
    await pipeline(createReadStream(file.path), res);
  } catch {
    // The browser went away mid-file (a reload, a closed tab): nothing more to send, nothing to report.
    res.destroy();
  }
}
