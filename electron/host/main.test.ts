import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useHostProcesses } from './testing/host-process';
import { makeRendererFixture, useTempDirs } from './testing/temp-dirs';

const TOKEN = 'serve-test-token';
const tempDir = useTempDirs();
const startHost = useHostProcesses();

function hostEnv(dir: string): Record<string, string> {
  return { LDN_RENDERER_DIR: makeRendererFixture(dir), LDN_HOST_TOKEN: TOKEN };
}

async function call(origin: string, name: string, input: unknown): Promise<{ ok: boolean }> {
  const response = await fetch(`${origin}/api/command/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ldn-token': TOKEN },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean };
}

describe('npm run serve', { timeout: 30_000 }, () => {
  it('prints one line, the link that opens the app, and is ready when it prints it', async () => {
    const dir = tempDir('ldn-serve-');
    const host = await startHost(['--data-dir', join(dir, 'data')], hostEnv(dir));
    expect(host.stdout).toEqual([`LDN Workbench is running at ${host.origin}/?token=${TOKEN}`]);
    const opened = await fetch(host.url, { redirect: 'manual' });
    expect(opened.status).toBe(303);
    expect((await fetch(`${host.origin}/health`)).status).toBe(200);
  });

  it.each([
    ['Ctrl+C in the terminal', 'SIGINT', 'group'],
    ['a service manager', 'SIGTERM', 'process'],
  ] as const)('stops for %s with exit code 0 and leaves the workspace closed cleanly', async (_, signal, target) => {
    const dir = tempDir('ldn-serve-');
    const workspace = join(dir, 'kenya.ldnw');
    const host = await startHost(['--data-dir', join(dir, 'data')], hostEnv(dir));
    expect(await call(host.origin, 'workspace.create', { name: 'Kenya', countryIso3: 'KEN', level: 'national', landAreaKm2: 569_140, path: workspace })).toMatchObject({ ok: true });
    expect(await call(host.origin, 'landtypes.save', { code: 'FOR', name: 'Forest' })).toMatchObject({ ok: true });
    expect(existsSync(`${workspace}-wal`)).toBe(true);

    if (target === 'group') host.signal(signal);
    else host.child.kill(signal);
    expect(await host.exited).toBe(0);

    // A closed workspace is one self-contained file: the write-ahead log was checkpointed and removed.
    expect(existsSync(`${workspace}-wal`)).toBe(false);
    const db = new Database(workspace, { readonly: true });
    expect(db.prepare('SELECT code FROM landtype').all()).toEqual([{ code: 'FOR' }]);
    db.close();
  });

  it('refuses to start without a built app and says how to build it', async () => {
    const dir = tempDir('ldn-serve-');
    const notBuilt = join(dir, 'out', 'renderer');
    mkdirSync(notBuilt, { recursive: true });
    await expect(startHost(['--data-dir', join(dir, 'data')], { LDN_RENDERER_DIR: notBuilt })).rejects.toThrow(/exited \(1\)[\s\S]*npm run build/);
  });

  it('says so when the chosen port is taken', async () => {
    const dir = tempDir('ldn-serve-');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      await expect(startHost(['--data-dir', join(dir, 'data'), '--port', String(port)], hostEnv(dir))).rejects.toThrow(
        new RegExp(`exited \\(1\\)[\\s\\S]*port ${port} is already in use`),
      );
    } finally {
      blocker.close();
    }
  });
});
