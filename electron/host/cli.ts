/**
 * `npm run cli -- <command> [--workspace FILE] [--input JSON|@file.json] [--data-dir DIR]`:
 * runs one contract command through the same backend as the app and prints its result as JSON.
 */
import { COMMAND_NAMES } from '../../shared/contract';
import type { CommandResult } from '../../shared/command';
import { createBackend } from '../backend';
import { APP_VERSION } from './app-version';
import { parseCliArgs } from './cli-args';
import { runCliInvocation } from './cli-run';

const EXIT_OK = 0;
const EXIT_REFUSED = 1;
const EXIT_USAGE = 2;

const USAGE = `Usage: npm run cli -- <command> [--workspace FILE] [--input JSON|@file.json] [--data-dir DIR]

Runs one LDN Workbench command and prints its result ({ "ok": true, "value": … } or
{ "ok": false, "error": … }) as JSON on standard output.
  --workspace FILE  the workspace file: for workspace.create and workspace.open it is the "path" (unless
                    the input has one); other workspace commands open it first
  --input JSON      the command's input as JSON text, or @file.json to read it from a file (default {})
  --data-dir DIR    app settings and the default workspaces folder (default: the desktop app's)
Exit status: 0 when the command succeeded, 1 when it was refused, 2 when the command line is wrong.

Commands: ${COMMAND_NAMES.join(', ')}`;

function main(argv: string[]): number {
  const parsed = parseCliArgs(argv);
  if (parsed.kind === 'help') {
    console.log(USAGE);
    return EXIT_OK;
  }
  if (parsed.kind === 'usage_error') {
    printResult(parsed.result);
    return EXIT_USAGE;
  }
  const backend = createBackend({ dataDir: parsed.invocation.dataDir, mode: 'cli', appVersion: APP_VERSION });
  try {
    const result = runCliInvocation(backend, parsed.invocation);
    printResult(result);
    return result.ok ? EXIT_OK : EXIT_REFUSED;
  } finally {
    backend.close();
  }
}

function printResult(result: CommandResult<unknown>): void {
  console.log(JSON.stringify(result, null, 2));
}

process.exitCode = main(process.argv.slice(2));
