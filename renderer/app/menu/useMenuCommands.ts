import { useEffect, useEffectEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MenuCommand, ShellBridge } from '../../../shared/app/shell';
import { useSnackbarStore } from '../../components/snackbarStore';
import { CREATE_WORKSPACE_PATH } from '../../features/workspace/createWorkspaceLink';
import { useChooseWorkspaceFile, useCloseWorkspace, useOpenWorkspace } from '../../features/workspace/workspaceQueries';
import { errorMessage } from '../i18n/translateKey';

/** `window.ldnShell` from the Electron preload; absent in the browser. */
function findShellBridge(): ShellBridge | undefined {
  return (window as { ldnShell?: ShellBridge }).ldnShell;
}

/**
 * The desktop menu's File items. Electron only names the item; these flows belong to the renderer,
 * which asks for a name and country before creating and leaves the workspace screens on close.
 */
export function useMenuCommands(): void {
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  const close = useCloseWorkspace();
  const open = useOpenWorkspace();
  const chooseFile = useChooseWorkspaceFile();
  const showSnackbar = useSnackbarStore((state) => state.show);

  const run = useEffectEvent((command: MenuCommand) => {
    const reportFailure = (error: unknown) => showSnackbar({ text: errorMessage(error, i18n) });
    switch (command) {
      case 'workspace.close':
        close.mutate({}, { onSuccess: () => void navigate('/'), onError: reportFailure });
        return;
      case 'workspace.new':
        // One workspace is open at a time, and everything is already saved, so closing loses nothing.
        close.mutate({}, { onSuccess: () => void navigate(CREATE_WORKSPACE_PATH), onError: reportFailure });
        return;
      case 'workspace.open':
        chooseFile.mutate(
          { purpose: 'open' },
          {
            onSuccess: ({ path }) => {
              if (path === null) return;
              open.mutate({ path }, { onSuccess: () => void navigate('/workspace'), onError: reportFailure });
            },
            onError: reportFailure,
          },
        );
    }
  });

  useEffect(() => findShellBridge()?.onMenuCommand(run), []);
}
