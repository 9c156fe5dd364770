import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandResult } from '../../shared/command';
import { useHostProcesses } from './testing/host-process';
import { makeRendererFixture, useTempDirs } from './testing/temp-dirs';

const TOKEN = 'crash-test-token';
const CONCURRENT_CLIENTS = 24;
/** Kill once this many saves were acknowledged: enough that the kill lands in the middle of the stream. */
const ACKNOWLEDGED_BEFORE_KILL = 250;

const tempDir = useTempDirs();
const startHost = useHostProcesses();

async function call<T>(origin: string, name: string, input: unknown): Promise<CommandResult<T>> {
  const response = await fetch(`${origin}/api/command/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ldn-token': TOKEN },
    body: JSON.stringify(input),
  });
  return (await response.json()) as CommandResult<T>;
}

describe('a host killed while saving', { timeout: 60_000 }, () => {
  it('keeps every acknowledged land type and a sound workspace file', async () => {
    const dir = tempDir('ldn-crash-');
    const dataDir = join(dir, 'data');
    const workspace = join(dir, 'kenya.ldnw');
    const env = { LDN_RENDERER_DIR: makeRendererFixture(dir), LDN_HOST_TOKEN: TOKEN };
    const host = await startHost(['--data-dir', dataDir], env);
    const created = await call(host.origin, 'workspace.create', { name: 'Kenya', countryIso3: 'KEN', level: 'national', landAreaKm2: 569_140, path: workspace });
    expect(created.ok).toBe(true);

    const acknowledged = new Map<string, string>();
    let next = 0;
    let inFlight = 0;
    let inFlightAtKill = 0;
    let killed = false;
    const client = async (): Promise<void> => {
      while (!killed) {
        const code = `LT${next++}`;
        inFlight++;
        try {
          const result = await call<{ id: string }>(host.origin, 'landtypes.save', { code, name: `Land type ${code}`, areaKm2: 12.5 });
          if (result.ok) acknowledged.set(result.value.id, code);
        } catch {
          return; // the host is gone
        } finally {
          inFlight--;
        }
        if (!killed && acknowledged.size >= ACKNOWLEDGED_BEFORE_KILL) {
          killed = true;
          inFlightAtKill = inFlight;
          host.signal('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENT_CLIENTS }, client));
    expect(await host.exited).toBeNull();
    expect(inFlightAtKill).toBeGreaterThan(0);

    const db = new Database(workspace);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Map((db.prepare('SELECT id, code FROM landtype').all() as { id: string; code: string }[]).map((row) => [row.id, row.code]));
    db.close();
    const lost = [...acknowledged].filter(([id, code]) => stored.get(id) !== code);
    expect(lost).toEqual([]);

    const again = await startHost(['--data-dir', dataDir], env);
    const reopened = await call<{ name: string }>(again.origin, 'workspace.open', { path: workspace });
    expect(reopened).toMatchObject({ ok: true, value: { name: 'Kenya' } });
    const listed = await call<{ items: { id: string }[] }>(again.origin, 'landtypes.list', {});
    expect(listed.ok && listed.value.items.length).toBe(stored.size);
  });
});
