import { useInfiniteQuery } from '@tanstack/react-query';
import { useBackend } from '../../../app/backend/BackendContext';

export interface HistoryFilter {
  entity?: string;
  entityId?: string;
}

const PAGE_SIZE = 50;

/** The change log, newest first, one page at a time ("Load more" asks for entries older than the last). */
export function useHistory(filter: HistoryFilter) {
  const backend = useBackend();
  return useInfiniteQuery({
    // Starts with the command name, so every workspace write refreshes it (see useCommandMutation).
    queryKey: ['workspace.history', filter],
    queryFn: ({ pageParam }) =>
      backend.call('workspace.history', { ...filter, limit: PAGE_SIZE, ...(pageParam ? { before: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextBefore,
  });
}
