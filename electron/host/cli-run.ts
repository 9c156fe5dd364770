import { contract, isCommandName } from '../../shared/contract';
import type { CommandResult } from '../../shared/command';
import type { Backend } from '../backend';
import type { CliInvocation } from './cli-args';

/** Commands whose input names the workspace file itself: `--workspace` fills in their `path`. */
const COMMANDS_TAKING_WORKSPACE_PATH = new Set(['workspace.create', 'workspace.open']);

/**
 * Runs one command the way the CLI promises: `--workspace FILE` becomes the `path` of create/open, and
 * is opened first for commands that work inside a workspace (a refusal to open it is the answer).
 */
export function runCliInvocation(backend: Backend, { command, input, workspace }: CliInvocation): CommandResult<unknown> {
  if (workspace === undefined) return backend.dispatch(command, input);
  if (COMMANDS_TAKING_WORKSPACE_PATH.has(command)) return backend.dispatch(command, withDefaultPath(input, workspace));
  if (isCommandName(command) && contract[command].scope === 'workspace') {
    const opened = backend.dispatch('workspace.open', { path: workspace });
    if (!opened.ok) return opened;
  }
  return backend.dispatch(command, input);
}

function withDefaultPath(input: unknown, path: string): unknown {
  const isPlainObject = typeof input === 'object' && input !== null && !Array.isArray(input);
  return isPlainObject && !('path' in input) ? { ...input, path } : input;
}
