import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandError, CommandResult } from '../../shared/command';
import type { CommandName, CommandOutput } from '../../shared/contract';
import { createBackend, type Backend } from '../backend';
import { startHostServer, type HostServer } from './server';
import { CONTENT_SECURITY_POLICY } from '../../shared/app/renderer-serving';
import { rawRequest, streamBodyUntilAnswered } from './testing/raw-request';
import { FIXTURE_INDEX_HTML, FIXTURE_SCRIPT, SECRET_TEXT, makeRendererFixture, useTempDirs } from './testing/temp-dirs';

const TOKEN = 'test-token-0123456789';
const SESSION = `ldn_session=${TOKEN}`;

const tempDir = useTempDirs();
let dir: string;
let backend: Backend;
let host: HostServer;
let origin: string;

beforeEach(async () => {
  dir = tempDir('ldn-host-');
  backend = createBackend({ dataDir: join(dir, 'data'), mode: 'web', appVersion: '0.0.0-test' });
  host = await startHostServer({ backend, rendererDir: makeRendererFixture(dir), token: TOKEN, port: 0 });
  origin = `http://127.0.0.1:${host.port}`;
});

afterEach(async () => {
  await host.close();
  backend.close();
});

/** Calls a command as the renderer does: same origin, session cookie, JSON body. */
async function command<N extends string>(name: N, input: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${origin}/api/command/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: SESSION, origin, ...headers },
    body: JSON.stringify(input),
  });
  type Output = N extends CommandName ? CommandOutput<N> : never;
  return { status: response.status, result: (await response.json()) as CommandResult<Output> };
}

function valueOf<T>(result: CommandResult<T>): T {
  if (!result.ok) throw new Error(`Expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function errorOf(result: CommandResult<unknown>): CommandError {
  if (result.ok) throw new Error(`Expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('signing in with the printed link', () => {
  it('prints a link on 127.0.0.1 that carries the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`);
  });

  it('trades the token for an HttpOnly, SameSite=Strict cookie and drops it from the address', async () => {
    const response = await fetch(host.url, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    expect(response.headers.get('set-cookie')).toBe(`${SESSION}; HttpOnly; SameSite=Strict; Path=/`);
  });

  it('serves the app with the cookie, under a strict content security policy', async () => {
    const response = await fetch(`${origin}/`, { headers: { cookie: SESSION } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(FIXTURE_INDEX_HTML);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('explains in all six languages how to get in when the token is wrong or missing', async () => {
    for (const path of ['/?token=guessed', '/', '/assets/index-3f9a.js']) {
      const response = await fetch(`${origin}${path}`, { redirect: 'manual' });
      expect(response.status).toBe(401);
      expect(response.headers.get('set-cookie')).toBeNull();
      const page = await response.text();
      expect(page).not.toContain(FIXTURE_SCRIPT);
      for (const lang of ['en', 'fr', 'es', 'ru', 'zh']) expect(page).toContain(`<section lang="${lang}" dir="ltr">`);
      expect(page).toContain('<section lang="ar" dir="rtl">');
      expect(page).toContain('Open LDN Workbench through its link');
      expect(page).toContain('请通过链接打开 LDN Workbench');
      // Inside Arabic text the link's ending must stay in its left-to-right order.
      const arabic = /<section lang="ar"[\s\S]*?<\/section>/.exec(page)?.[0];
      expect(arabic).toContain('«<bdi dir="ltr">?token=…</bdi>»');
    }
  });

  it('refuses a stale cookie from an earlier run', async () => {
    const response = await fetch(`${origin}/`, { headers: { cookie: 'ldn_session=token-of-yesterday' } });
    expect(response.status).toBe(401);
  });
});

describe('static files', () => {
  it('serves built assets with their content type, cached as immutable', async () => {
    const script = await fetch(`${origin}/assets/index-3f9a.js`, { headers: { cookie: SESSION } });
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect(await script.text()).toBe(FIXTURE_SCRIPT);
    const font = await fetch(`${origin}/assets/noto-sans.woff2`, { headers: { cookie: SESSION } });
    expect(font.headers.get('content-type')).toBe('font/woff2');
  });

  it('answers app routes (reloads, deep links) with index.html', async () => {
    const response = await fetch(`${origin}/workspace/landtypes`, { headers: { cookie: SESSION } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(FIXTURE_INDEX_HTML);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 404 for a missing asset instead of the app', async () => {
    const response = await fetch(`${origin}/assets/missing-1234.js`, { headers: { cookie: SESSION } });
    expect(response.status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2E%2E/%2e%2e/secret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('never serves anything outside the renderer folder: %s', async (path) => {
    const response = await rawRequest(host.port, { path, headers: { host: `127.0.0.1:${host.port}`, cookie: SESSION } });
    expect(response.status).toBe(400);
    expect(response.body).not.toContain(SECRET_TEXT);
  });
});

describe('requests from elsewhere', () => {
  it('refuses a foreign Host header (DNS rebinding), for pages and for commands', async () => {
    const page = await rawRequest(host.port, { path: '/', headers: { host: `attacker.example:${host.port}`, cookie: SESSION } });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain(FIXTURE_INDEX_HTML);
    const api = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/command/workspace.listRecent',
      headers: { host: `attacker.example:${host.port}`, 'x-ldn-token': TOKEN, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(api.status).toBe(403);
    expect(JSON.parse(api.body)).toEqual({
      ok: false,
      error: { code: 'forbidden', messageKey: 'errors:forbidden', details: { reason: 'host' } },
    });
  });

  it('answers under localhost as well as 127.0.0.1', async () => {
    const response = await rawRequest(host.port, { path: '/', headers: { host: `localhost:${host.port}`, cookie: SESSION } });
    expect(response.status).toBe(200);
  });

  it('refuses commands sent from another origin even with a valid session', async () => {
    for (const foreign of ['http://attacker.example', `http://localhost:${host.port}`, 'null']) {
      const { status, result } = await command('workspace.listRecent', {}, { origin: foreign });
      expect(status).toBe(403);
      expect(errorOf(result).code).toBe('forbidden');
    }
  });

  it('refuses commands without the session cookie or token header', async () => {
    const { status, result } = await command('workspace.listRecent', {}, { cookie: 'ldn_session=wrong' });
    expect(status).toBe(401);
    expect(result).toEqual({ ok: false, error: { code: 'unauthorized', messageKey: 'errors:unauthorized' } });
  });

  it('accepts the token header from scripts that have no cookie', async () => {
    const { status, result } = await command('app.info', {}, { cookie: '', 'x-ldn-token': TOKEN });
    expect(status).toBe(200);
    expect(valueOf(result).mode).toBe('web');
  });

  it('refuses bodies that are not declared as JSON (form posts, text/plain)', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded']) {
      const { status, result } = await command('workspace.listRecent', {}, { 'content-type': contentType });
      expect(status).toBe(415);
      expect(errorOf(result).code).toBe('unsupported_media_type');
    }
  });

  it('refuses other methods on the command route', async () => {
    const response = await fetch(`${origin}/api/command/workspace.get`, { headers: { cookie: SESSION } });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});

describe('command bodies', () => {
  const overLimit = 25 * 1024 * 1024 + 1;

  it('refuses a body declared larger than 25 MB', async () => {
    const response = await fetch(`${origin}/api/command/landtypes.save`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: SESSION },
      body: Buffer.alloc(overLimit, 0x20),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      ok: false,
      error: { code: 'payload_too_large', messageKey: 'errors:payloadTooLarge', details: { limitMb: 25 } },
    });
  });

  it('stops reading an undeclared (chunked) body soon after 25 MB, and keeps serving', async () => {
    const { status, bytesSent } = await streamBodyUntilAnswered(host.port, '/api/command/landtypes.save', {
      host: `127.0.0.1:${host.port}`,
      'content-type': 'application/json',
      cookie: SESSION,
    });
    expect(status).toBe(413);
    // What the client could push is the limit plus what the socket buffers hold, not the endless rest.
    expect(bytesSent).toBeLessThan(overLimit + 16 * 1024 * 1024);
    expect((await command('app.info', {})).status).toBe(200);
  });

  it('answers malformed JSON with a validation error', async () => {
    const response = await fetch(`${origin}/api/command/landtypes.save`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', cookie: SESSION },
      body: '{"code": "FOR",',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, error: { code: 'validation', messageKey: 'host:errors.invalidJson' } });
  });

  it('passes unknown command names to the backend, which refuses them', async () => {
    const { status, result } = await command('landtypes.drop', {});
    expect(status).toBe(200);
    expect(errorOf(result).code).toBe('unknown_command');
  });
});

describe('commands over HTTP', () => {
  it('creates a workspace, saves land types and lists them back', async () => {
    const path = join(dir, 'kenya.ldnw');
    const created = await command('workspace.create', { name: 'Kenya', countryIso3: 'KEN', level: 'national', landAreaKm2: 569_140, path });
    expect(created.result).toMatchObject({ ok: true, value: { name: 'Kenya', path } });

    const forest = await command('landtypes.save', { code: 'FOR', name: 'Forest', areaKm2: 35_000 });
    const cropland = await command('landtypes.save', { code: 'CRP', name: 'Cropland' });
    expect(forest.result.ok && cropland.result.ok).toBe(true);

    const listed = await command('landtypes.list', {});
    expect(listed.status).toBe(200);
    const { items } = valueOf(listed.result);
    expect(items.map((item) => item.code).sort()).toEqual(['CRP', 'FOR']);
    expect(items.find((item) => item.code === 'FOR')?.areaKm2).toBe(35_000);
  });

  it('returns the backend validation errors with their field paths', async () => {
    await command('workspace.create', { name: 'Kenya', countryIso3: 'KEN', level: 'national', landAreaKm2: 569_140, path: join(dir, 'k.ldnw') });
    const { status, result } = await command('landtypes.save', { code: 'has space', name: '' });
    expect(status).toBe(200);
    const error = errorOf(result);
    expect(error.code).toBe('validation');
    expect(error.details?.fields?.map((field) => field.path.join('.'))).toEqual(expect.arrayContaining(['code', 'name']));
  });
});

describe('readiness', () => {
  it('answers /health without a session', async () => {
    const response = await fetch(`${origin}/health`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
  });
});
