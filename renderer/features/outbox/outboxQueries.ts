import { useQuery } from '@tanstack/react-query';
import { useCommandMutation, useCommandQuery } from '../../app/backend/commandQueries';
import { useBackend } from '../../app/backend/BackendContext';

/** While a package may be on its way, the list is asked again this often so its state moves on screen. */
export const OUTBOX_POLL_MS = 2_000;

/**
 * The outbox's items. The uploader works outside the app's commands, so the screen cannot be told
 * when an item moves: it polls while something is queued or sending, and stops once all are settled.
 */
export function useOutboxItems() {
  const backend = useBackend();
  return useQuery({
    queryKey: ['outbox.list', {}],
    queryFn: () => backend.call('outbox.list', {}),
    refetchInterval: (query) =>
      query.state.data?.items.some((item) => item.state === 'queued' || item.state === 'sending') ? OUTBOX_POLL_MS : false,
  });
}

export const useOutboxSettings = () => useCommandQuery('outbox.getSettings', {});
export const useSaveOutboxSettings = () => useCommandMutation('outbox.saveSettings', { invalidates: ['outbox.getSettings', 'outbox.list'] });
export const useEnqueuePackage = () => useCommandMutation('outbox.enqueue', { invalidates: ['outbox.list'] });
export const useRetryItem = () => useCommandMutation('outbox.retry', { invalidates: ['outbox.list'] });
export const useRemoveItem = () => useCommandMutation('outbox.remove', { invalidates: ['outbox.list'] });
export const useRestoreItem = () => useCommandMutation('outbox.restore', { invalidates: ['outbox.list'] });
export const useShowFile = () => useCommandMutation('outbox.showFile');
