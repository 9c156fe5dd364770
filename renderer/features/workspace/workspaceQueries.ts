import { useQueryClient } from '@tanstack/react-query';
import { resetWorkspaceQueries, useCommandMutation, useCommandQuery } from '../../app/backend/commandQueries';

export function useWorkspace() {
  return useCommandQuery('workspace.get', {});
}

export function useAppInfo() {
  return useCommandQuery('app.info', {});
}

export function useRecentWorkspaces() {
  return useCommandQuery('workspace.listRecent', {});
}

export function useForgetRecentWorkspace() {
  return useCommandMutation('workspace.forgetRecent', { invalidates: ['workspace.listRecent'] });
}

export function useRenameWorkspace() {
  return useCommandMutation('workspace.rename', { invalidates: ['workspace.listRecent'] });
}

/** Opening, creating or closing a workspace swaps what every workspace page shows. */
function useWorkspaceSwitch<N extends 'workspace.create' | 'workspace.open' | 'workspace.close'>(name: N) {
  const queryClient = useQueryClient();
  return useCommandMutation(name, { onSuccess: () => resetWorkspaceQueries(queryClient) });
}

export const useCreateWorkspace = () => useWorkspaceSwitch('workspace.create');
export const useOpenWorkspace = () => useWorkspaceSwitch('workspace.open');
export const useCloseWorkspace = () => useWorkspaceSwitch('workspace.close');

export function useChooseWorkspaceFile() {
  return useCommandMutation('app.chooseWorkspaceFile');
}
