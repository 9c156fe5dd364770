import { existsSync } from 'node:fs';
import type { Handlers } from '../handler-types';
import type { Session } from '../session';
import { absolutePath, defaultWorkspacePath } from './files';
import { readHistory } from './history';
import { recordMember } from './members';
import type { OpenWorkspace } from './open-workspace';
import { insertWorkspace, workspaceSummary } from './repository';

type WorkspaceCommand =
  | 'workspace.create'
  | 'workspace.open'
  | 'workspace.get'
  | 'workspace.rename'
  | 'workspace.history'
  | 'workspace.close'
  | 'workspace.listRecent'
  | 'workspace.forgetRecent';

export const workspaceHandlers: Handlers<WorkspaceCommand> = {
  'workspace.create': ({ path, areaName, ...profile }, session) => {
    const target = path ? absolutePath(path) : defaultWorkspacePath(session.workspacesDir, profile.name);
    const ws = session.openWorkspace(target, 'create');
    try {
      insertWorkspace(ws, { ...profile, areaName: profile.level === 'subnational' ? (areaName ?? null) : null });
    } catch (error) {
      session.discardCreatedWorkspace();
      throw error;
    }
    return opened(ws, session);
  },

  'workspace.open': ({ path }, session) => opened(session.openWorkspace(absolutePath(path), 'open'), session),

  'workspace.get': (_input, session) => workspaceSummary(session.workspace()),

  'workspace.rename': ({ name }, session) => {
    const ws = session.workspace();
    const id = workspaceSummary(ws).id;
    ws.mutator.update('workspace', id, { name });
    return remembered(ws, session);
  },

  'workspace.history': (query, session) => readHistory(session.workspace(), query),

  'workspace.close': (_input, session) => ({ closed: session.closeWorkspace() }),

  'workspace.listRecent': (_input, session) => ({ items: recentItems(session) }),

  'workspace.forgetRecent': ({ path }, session) => {
    session.settings.forgetRecent(absolutePath(path));
    return { items: recentItems(session) };
  },
};

function opened(ws: OpenWorkspace, session: Session) {
  recordMember(ws, session.settings.get().profile);
  return remembered(ws, session);
}

/** Keeps the recent list's name in step with the workspace and moves it to the top. */
function remembered(ws: OpenWorkspace, session: Session) {
  const summary = workspaceSummary(ws);
  session.settings.rememberRecent({
    path: ws.path,
    name: summary.name,
    countryIso3: summary.countryIso3,
    openedAt: new Date().toISOString(),
  });
  return summary;
}

function recentItems(session: Session) {
  return session.settings.recent().map((entry) => ({ ...entry, exists: existsSync(entry.path) }));
}
