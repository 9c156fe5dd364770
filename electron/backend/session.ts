import { join } from 'node:path';
import type { HostMode } from '../../shared/app/contract';
import type { Migration } from './db/migrations';
import { removeDatabaseFiles } from './db/workspace-file';
import { appError } from './errors';
import { SettingsStore } from './settings/store';
import { OpenWorkspace } from './workspace/open-workspace';

export interface SessionOptions {
  dataDir: string;
  mode: HostMode;
  appVersion: string;
  migrations: Migration[];
}

/** What one running backend holds: the app settings and at most one open workspace. */
export class Session {
  readonly settings: SettingsStore;
  readonly workspacesDir: string;
  readonly backupsDir: string;
  private open: OpenWorkspace | null = null;

  constructor(readonly options: SessionOptions) {
    this.settings = new SettingsStore(options.dataDir);
    this.workspacesDir = join(options.dataDir, 'workspaces');
    this.backupsDir = join(options.dataDir, 'backups');
  }

  /** The open workspace; workspace-scoped commands fail with `no_workspace` when there is none. */
  workspace(): OpenWorkspace {
    if (!this.open) throw appError('no_workspace');
    return this.open;
  }

  hasWorkspace(): boolean {
    return this.open !== null;
  }

  openWorkspace(path: string, how: 'open' | 'create'): OpenWorkspace {
    this.closeWorkspace();
    const { profile, deviceId } = this.settings.get();
    const author = { memberId: profile.memberId, deviceId };
    this.open =
      how === 'create'
        ? OpenWorkspace.create(path, this.options.migrations, author)
        : OpenWorkspace.open(path, this.options.migrations, author, this.backupsDir);
    return this.open;
  }

  /** Closes and deletes a workspace file whose creation failed half-way, so no half-made file remains. */
  discardCreatedWorkspace(): void {
    const path = this.open?.path;
    this.closeWorkspace();
    if (path) removeDatabaseFiles(path);
  }

  closeWorkspace(): boolean {
    if (!this.open) return false;
    this.open.close();
    this.open = null;
    return true;
  }
}
