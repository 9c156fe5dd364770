import type { HostMode } from '../../shared/app/contract';
import type { CommandResult } from '../../shared/command';
import { appHandlers } from './app/handlers';
import { baselineHandlers } from './baseline/handlers';
import { consultationsHandlers } from './consultations/handlers';
import { loadMigrations } from './db/migrations';
import { createDispatcher, type DispatcherOptions } from './dispatcher';
import { landtypesHandlers } from './landtypes/handlers';
import { mapsHandlers } from './maps/handlers';
import { outboxHandlers } from './outbox/handlers';
import { plansHandlers } from './plans/handlers';
import { licenceHandlers } from './reporting/licence-handlers';
import { packageHandlers } from './reporting/package-handlers';
import { reportingValidateHandlers } from './reporting/validate-handlers';
import { Session } from './session';
import { settingsHandlers } from './settings/handlers';
import { targetsHandlers } from './targets/handlers';
import { workspaceHandlers } from './workspace/handlers';
import { worksheetsHandlers } from './worksheets/handlers';

export interface BackendOptions extends DispatcherOptions {
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

export function createBackend(options: BackendOptions): Backend {
  const session = new Session({ ...options, migrations: loadMigrations() });
  const dispatch = createDispatcher(
    session,
    { ...appHandlers, ...settingsHandlers, ...workspaceHandlers, ...landtypesHandlers, ...worksheetsHandlers, ...consultationsHandlers, ...baselineHandlers, ...targetsHandlers, ...mapsHandlers, ...plansHandlers, ...reportingValidateHandlers, ...packageHandlers, ...licenceHandlers, ...outboxHandlers },
    { onInternalError: (error, command) => console.error(`[backend] ${command} failed:`, error), ...options },
  );
  return {
    dispatch,
    close: () => {
      session.closeWorkspace();
    },
  };
}
