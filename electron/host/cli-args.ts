import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CommandResult } from '../../shared/command';
import { defaultDataDir } from '../backend/paths';

export interface CliInvocation {
  command: string;
  input: unknown;
  workspace: string | undefined;
  dataDir: string;
}

export type ParsedCli =
  | { kind: 'run'; invocation: CliInvocation }
  | { kind: 'help' }
  /** The command line itself is wrong; the result says why, in the same shape as a command's. */
  | { kind: 'usage_error'; result: CommandResult<never> };

/** Parses `<command> [--workspace FILE] [--input JSON|@file.json] [--data-dir DIR] [--help]`. */
export function parseCliArgs(argv: string[]): ParsedCli {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        workspace: { type: 'string' },
        input: { type: 'string' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return usageError('validation', 'host:cli.badArguments', { reason: (error as Error).message });
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [command, ...extra] = positionals;
  if (command === undefined) return usageError('validation', 'host:cli.missingCommand');
  if (extra.length > 0) return usageError('validation', 'host:cli.badArguments', { unexpected: extra });

  const input = readInput(values.input ?? '{}');
  if (input.kind === 'usage_error') return input;
  return {
    kind: 'run',
    invocation: { command, input: input.value, workspace: values.workspace, dataDir: values['data-dir'] ?? defaultDataDir() },
  };
}

/** `--input` is JSON text, or `@path` to a file holding it (convenient for long or reused inputs). */
function readInput(argument: string): { kind: 'input'; value: unknown } | Extract<ParsedCli, { kind: 'usage_error' }> {
  let text = argument;
  if (argument.startsWith('@')) {
    const path = argument.slice(1);
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return usageError('file_not_found', 'host:cli.inputFileUnreadable', { path });
    }
  }
  try {
    return { kind: 'input', value: JSON.parse(text) };
  } catch (error) {
    return usageError('validation', 'host:cli.inputNotJson', { reason: (error as Error).message });
  }
}

function usageError(
  code: 'validation' | 'file_not_found',
  messageKey: string,
  details?: Record<string, unknown>,
): Extract<ParsedCli, { kind: 'usage_error' }> {
  return { kind: 'usage_error', result: { ok: false, error: details ? { code, messageKey, details } : { code, messageKey } } };
}
