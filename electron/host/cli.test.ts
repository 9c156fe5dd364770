import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandError, CommandResult } from '../../shared/command';
import { useTempDirs } from './testing/temp-dirs';
import { PROJECT_ROOT, TSX_CLI } from './testing/tsx';

const tempDir = useTempDirs();

/** Runs `npm run cli -- …` as a user would (without npm in between) and reads its JSON answer. */
function cli(...args: string[]): { status: number | null; result: CommandResult<unknown>; stdout: string } {
  const run = spawnSync(process.execPath, [TSX_CLI, 'electron/host/cli.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  let result: CommandResult<unknown>;
  try {
    result = JSON.parse(run.stdout) as CommandResult<unknown>;
  } catch {
    throw new Error(`The CLI did not print JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return { status: run.status, result, stdout: run.stdout };
}

function errorOf(result: CommandResult<unknown>): CommandError {
  if (result.ok) throw new Error(`Expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
}

const KENYA = JSON.stringify({ name: 'Kenya', countryIso3: 'KEN', level: 'national', landAreaKm2: 569_140 });

describe('npm run cli', { timeout: 60_000 }, () => {
  it('creates a workspace file, saves land types into it and lists them', () => {
    const dir = tempDir('ldn-cli-');
    const data = ['--data-dir', join(dir, 'data')];
    const workspace = join(dir, 'kenya.ldnw');

    const created = cli('workspace.create', '--workspace', workspace, '--input', KENYA, ...data);
    expect(created.status).toBe(0);
    expect(created.result).toMatchObject({ ok: true, value: { name: 'Kenya', path: workspace } });
    expect(created.stdout).toContain('\n  "ok": true'); // pretty-printed for people reading a terminal

    expect(cli('landtypes.save', '--workspace', workspace, '--input', '{"code":"FOR","name":"Forest"}', ...data).status).toBe(0);
    const inputFile = join(dir, 'cropland.json');
    writeFileSync(inputFile, JSON.stringify({ code: 'CRP', name: 'Cropland', areaKm2: 120_000 }));
    expect(cli('landtypes.save', '--workspace', workspace, '--input', `@${inputFile}`, ...data).status).toBe(0);

    const listed = cli('landtypes.list', '--workspace', workspace, ...data);
    expect(listed.status).toBe(0);
    if (!listed.result.ok) throw new Error(JSON.stringify(listed.result.error));
    const { items } = listed.result.value as { items: { code: string; areaKm2: number | null }[] };
    expect(items.map((item) => [item.code, item.areaKm2])).toEqual([
      ['CRP', 120_000],
      ['FOR', null],
    ]);
  });

  it('reports invalid input with the paths of the offending fields and exit code 1', () => {
    const dir = tempDir('ldn-cli-');
    const workspace = join(dir, 'kenya.ldnw');
    cli('workspace.create', '--workspace', workspace, '--input', KENYA, '--data-dir', dir);

    const refused = cli('landtypes.save', '--workspace', workspace, '--input', '{"code":"not a code","name":"","areaKm2":-1}', '--data-dir', dir);
    expect(refused.status).toBe(1);
    const error = errorOf(refused.result);
    expect(error.code).toBe('validation');
    expect(error.details?.fields?.map((field) => field.path.join('.'))).toEqual(expect.arrayContaining(['code', 'name', 'areaKm2']));
  });

  it('refuses a file that is not a workspace and leaves it byte for byte as it was', () => {
    const dir = tempDir('ldn-cli-');
    const notAWorkspace = join(dir, 'holiday-photo.ldnw');
    const bytes = randomBytes(64 * 1024);
    writeFileSync(notAWorkspace, bytes);

    const refused = cli('landtypes.list', '--workspace', notAWorkspace, '--data-dir', dir);
    expect(refused.status).toBe(1);
    expect(errorOf(refused.result).code).toBe('not_a_workspace');
    expect(readFileSync(notAWorkspace).equals(bytes)).toBe(true);
    expect(existsSync(`${notAWorkspace}-wal`) || existsSync(`${notAWorkspace}-journal`)).toBe(false);
  });

  it('says a workspace is needed when a workspace command runs without one', () => {
    const dir = tempDir('ldn-cli-');
    const refused = cli('landtypes.list', '--data-dir', dir);
    expect(refused.status).toBe(1);
    expect(errorOf(refused.result).code).toBe('no_workspace');
  });

  it('answers command-line mistakes in the same result shape, with exit code 2', () => {
    const dir = tempDir('ldn-cli-');
    const cases = [
      { args: [], messageKey: 'host:cli.missingCommand' },
      { args: ['landtypes.list', '--input', '{"includeDeleted":'], messageKey: 'host:cli.inputNotJson' },
      { args: ['landtypes.list', '--input', `@${join(dir, 'missing.json')}`], messageKey: 'host:cli.inputFileUnreadable' },
      { args: ['landtypes.list', '--colour'], messageKey: 'host:cli.badArguments' },
    ];
    for (const { args, messageKey } of cases) {
      const run = cli(...args, '--data-dir', dir);
      expect(run.status).toBe(2);
      expect(errorOf(run.result).messageKey).toBe(messageKey);
    }
  });

  it('explains itself with --help', () => {
    const run = spawnSync(process.execPath, [TSX_CLI, 'electron/host/cli.ts', '--help'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: npm run cli -- <command>');
    expect(run.stdout).toContain('landtypes.save');
  });
});
