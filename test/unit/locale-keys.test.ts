import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const englishErrors = JSON.parse(readFileSync(join(root, 'locales/en/errors.json'), 'utf8')) as Record<string, unknown>;

function hasEnglishText(key: string): boolean {
  const path = key.replace(/^errors:/, '').split('.');
  let node: unknown = englishErrors;
  for (const segment of path) node = (node as Record<string, unknown> | undefined)?.[segment];
  return typeof node === 'string' && node.trim() !== '';
}

/** Every `errors:…` literal the backend or the shared schemas can send to the UI. */
function errorKeyLiterals(): { key: string; file: string }[] {
  return [...sourceFiles('shared'), ...sourceFiles('electron/backend')].flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/['"`](errors:[A-Za-z0-9_.]+)['"`]/g)].map((match) => ({
      key: match[1] ?? '',
      file: relative(root, file),
    })),
  );
}

/** The members of `ErrorCode` in shared/command.ts, each of which has a generic message. */
function errorCodes(): string[] {
  const source = readFileSync(join(root, 'shared/command.ts'), 'utf8');
  const union = /export type ErrorCode =([^;]+);/.exec(source)?.[1] ?? '';
  return [...union.matchAll(/'([a-z_]+)'/g)].map((match) => match[1] ?? '');
}

describe('error message keys', () => {
  it('finds the keys it checks (the scan itself works)', () => {
    expect(errorKeyLiterals().map(({ key }) => key)).toContain('errors:field.required');
    expect(errorCodes()).toContain('not_a_workspace');
  });

  it('has English text for every errors: key in shared/ and electron/backend/', () => {
    const missing = errorKeyLiterals().filter(({ key }) => !hasEnglishText(key));
    expect(missing).toEqual([]);
  });

  it('has English text for every error code', () => {
    const keys = errorCodes().map((code) => `errors:${code.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())}`);
    expect(keys.filter((key) => !hasEnglishText(key))).toEqual([]);
  });
});
