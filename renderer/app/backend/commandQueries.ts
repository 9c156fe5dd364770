import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { contract, isCommandName, type CommandInput, type CommandName, type CommandOutput } from '../../../shared/contract';
import { useBackend } from './BackendContext';

export function useCommandQuery<N extends CommandName>(name: N, input: CommandInput<N>) {
  const backend = useBackend();
  return useQuery({
    // Keys start with the command name, so invalidating `[name]` refreshes the answers to every input.
    queryKey: [name, input],
    queryFn: () => backend.call(name, input),
  });
}

interface CommandMutationOptions<N extends CommandName> {
  /** Queries whose answers this command changes. */
  invalidates?: readonly CommandName[];
  /** Runs (and is awaited) before the invalidations. */
  onSuccess?: (output: CommandOutput<N>, input: CommandInput<N>) => void | Promise<void>;
}

/**
 * Every write inside a workspace appends to its change log, which moves "last saved"
 * (`workspace.get().lastChangeAt`) and adds to the history: those two are always refreshed.
 */
const AFTER_EVERY_WORKSPACE_WRITE: readonly CommandName[] = ['workspace.get', 'workspace.history'];

export function useCommandMutation<N extends CommandName>(name: N, options: CommandMutationOptions<N> = {}) {
  const backend = useBackend();
  const queryClient = useQueryClient();
  const invalidates = [
    ...(options.invalidates ?? []),
    ...(contract[name].scope === 'workspace' ? AFTER_EVERY_WORKSPACE_WRITE : []),
  ];
  return useMutation({
    mutationFn: (input: CommandInput<N>) => backend.call(name, input),
    onSuccess: async (output, input) => {
      await options.onSuccess?.(output, input);
      await Promise.all(invalidates.map((queried) => queryClient.invalidateQueries({ queryKey: [queried] })));
    },
  });
}

/**
 * After a workspace is opened, created or closed, nothing cached about the previous one may show:
 * workspace-scoped answers are dropped and the ones on screen fetched again.
 */
export async function resetWorkspaceQueries(queryClient: QueryClient): Promise<void> {
  await queryClient.resetQueries({
    predicate: ({ queryKey }) => {
      const [name] = queryKey;
      return isCommandName(name) && contract[name].scope === 'workspace';
    },
  });
  await queryClient.invalidateQueries({ queryKey: ['workspace.listRecent'] });
}
