import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './testing/tsx';

/** Every `host:…` and `errors:…` key written in the host's source, i.e. what its callers may be shown. */
function keysInHostSource(): string[] {
  const dir = join(PROJECT_ROOT, 'electron', 'host');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .flatMap((file) => [...readFileSync(join(dir, file), 'utf8').matchAll(/['"`]((?:host|errors):[A-Za-z0-9_.]+)['"`]/g)].map((m) => m[1]!));
}

function englishText(key: string): unknown {
  const [namespace = '', path = ''] = key.split(':');
  const messages: unknown = JSON.parse(readFileSync(join(PROJECT_ROOT, 'locales', 'en', `${namespace}.json`), 'utf8'));
  return path.split('.').reduce<unknown>((node, segment) => (node as Record<string, unknown> | undefined)?.[segment], messages);
}

describe('message keys sent by the host and the CLI', () => {
  it('are found by the scan', () => {
    expect(keysInHostSource()).toEqual(expect.arrayContaining(['host:errors.invalidJson', 'host:cli.missingCommand', 'errors:unauthorized']));
  });

  it('all have English text (the locale tests then require the other five languages)', () => {
    expect(keysInHostSource().filter((key) => typeof englishText(key) !== 'string')).toEqual([]);
  });
});
