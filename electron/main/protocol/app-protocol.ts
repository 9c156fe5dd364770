import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from '../security/app-origin';
import { resolveAppProtocolPath } from '../security/app-protocol-path';
import { CONTENT_SECURITY_POLICY, contentTypeFor } from '../../../shared/app/renderer-serving';

/**
 * Must run before the app is ready. `standard` gives app://ldn a real origin (so 'self', storage and
 * relative URLs work), `secure` makes it a secure context like https, `supportFetchAPI` lets the page
 * fetch its own assets, `codeCache` keeps V8's compiled code between runs (faster start).
 * Not granted: bypassCSP, corsEnabled (cross-origin reads), service workers, streaming.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer (`out/renderer`) on app://ldn with the CSP header; nothing outside that folder. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405 });
    const file = resolveAppProtocolPath(rendererRoot, request.url);
    if (!file) return notFound();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return notFound();
    }
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': contentTypeFor(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}

function notFound(): Response {
  return new Response(null, { status: 404 });
}
