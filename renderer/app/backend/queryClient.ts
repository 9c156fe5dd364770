import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { CommandFailure, SessionExpired } from './backend';

/**
 * The backend is local (or on the same machine), so queries run whatever `navigator.onLine` says
 * (TanStack Query would otherwise pause them offline), and a refusal is an answer, not a glitch to retry.
 */
export function createQueryClient(onSessionExpired: () => void): QueryClient {
  const noticeSessionExpiry = (error: unknown) => {
    if (error instanceof SessionExpired) onSessionExpired();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: noticeSessionExpiry }),
    mutationCache: new MutationCache({ onError: noticeSessionExpiry }),
    defaultOptions: {
      queries: {
        networkMode: 'always',
        retry: (failureCount, error) =>
          !(error instanceof CommandFailure || error instanceof SessionExpired) && failureCount < 2,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
