import type { z } from 'zod';

/**
 * Where a command runs:
 * - `app`: needs no open workspace (settings, recent files, opening and creating workspaces);
 * - `workspace`: runs against the open workspace, inside one SQLite transaction;
 * - `shell`: answered by the Electron shell itself (native dialogs); other hosts refuse it.
 */
export type CommandScope = 'app' | 'workspace' | 'shell';

export interface CommandSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType, S extends CommandScope = CommandScope> {
  readonly scope: S;
  readonly input: I;
  readonly output: O;
}

/** Declares one command; the identity function keeps the zod types for inference. */
export function command<I extends z.ZodType, O extends z.ZodType, S extends CommandScope>(
  spec: CommandSpec<I, O, S>,
): CommandSpec<I, O, S> {
  return spec;
}

export type ErrorCode =
  | 'validation'
  | 'unknown_command'
  | 'no_workspace'
  | 'not_found'
  | 'conflict'
  | 'file_not_found'
  | 'file_exists'
  | 'not_a_workspace'
  | 'workspace_newer'
  | 'workspace_migrations_altered'
  | 'workspace_read_only'
  | 'workspace_locked'
  | 'workspace_corrupt'
  | 'unsupported'
  | 'internal'
  // Refusals by the web host's transport, before a command reaches the backend.
  | 'unauthorized'
  | 'forbidden'
  | 'payload_too_large'
  | 'unsupported_media_type';

/** One problem with one input field; `path` is the zod path, `messageKey` an i18n key. */
export interface FieldError {
  path: (string | number)[];
  messageKey: string;
  params?: Record<string, string | number>;
}

export interface CommandError {
  code: ErrorCode;
  /** i18n key, e.g. `errors:notAWorkspace`; never a stack trace. */
  messageKey: string;
  details?: { fields?: FieldError[]; [key: string]: unknown };
}

export type CommandResult<T> = { ok: true; value: T } | { ok: false; error: CommandError };
