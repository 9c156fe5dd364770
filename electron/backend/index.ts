import type { HostMode } from '../../shared/app/contract';
import type { CommandResult } from '../../shared/command';

export interface BackendOptions {
  /** Folder for app settings (settings.json) and, by default, new workspaces (workspaces/). */
  dataDir: string;
  mode: HostMode;
  appVersion: string;
}

export interface Backend {
  /** Validates and runs one contract command. Never throws: failures come back as `{ ok: false }`. */
  dispatch(name: string, input: unknown): CommandResult<unknown>;
  /** Closes the open workspace cleanly. */
  close(): void;
}

export function createBackend(_options: BackendOptions): Backend {
  throw new Error('not implemented yet');
}
