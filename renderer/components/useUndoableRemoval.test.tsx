import { QueryClient, QueryClientProvider, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../app/i18n/createI18n';
import { MAIN_ID } from '../app/layout/SkipLink';
import { Snackbar } from './Snackbar';
import { useSnackbarStore } from './snackbarStore';
import { useUndoableRemoval, type RemovalEffects } from './useUndoableRemoval';

/** A table with tombstones, as the backend keeps them: delete sets `deleted`, restore clears it. */
function createFruitStore(names: string[]) {
  const rows = names.map((name) => ({ id: name.toLowerCase(), name, deleted: false }));
  const calls: string[] = [];
  let holdRemoval: Promise<void> = Promise.resolve();
  let refusal: string | null = null;
  const setDeleted = (id: string, deleted: boolean) => {
    const row = rows.find((item) => item.id === id);
    if (!row || row.deleted === deleted) throw new Error(deleted ? 'Already deleted.' : 'Not deleted.');
    row.deleted = deleted;
  };
  return {
    calls,
    list: () => Promise.resolve(rows.filter((row) => !row.deleted).map(({ id, name }) => ({ id, name }))),
    remove: async ({ id }: { id: string }) => {
      calls.push(`remove ${id}`);
      await holdRemoval;
      if (refusal) throw new Error(refusal);
      setDeleted(id, true);
    },
    restore: ({ id }: { id: string }) => {
      calls.push(`restore ${id}`);
      setDeleted(id, false);
      return Promise.resolve();
    },
    /** Keeps every removal waiting until the returned function is called. */
    hold: () => {
      let release!: () => void;
      holdRemoval = new Promise<void>((resolve) => {
        release = resolve;
      });
      return () => release();
    },
    /** Makes every removal fail with this message, as a read-only workspace would. */
    refuse: (message: string) => {
      refusal = message;
    },
  };
}
type FruitStore = ReturnType<typeof createFruitStore>;

function useFruitMutation(run: (input: { id: string }) => Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['fruit'] }) });
}

function FruitList({ store, effects }: { store: FruitStore; effects?: RemovalEffects }) {
  const fruit = useQuery({ queryKey: ['fruit'], queryFn: store.list });
  const removal = useUndoableRemoval({ remove: useFruitMutation(store.remove), restore: useFruitMutation(store.restore) });
  return (
    <main id={MAIN_ID} tabIndex={-1}>
      <h1 tabIndex={-1}>Fruit</h1>
      {removal.removeError && <p role="alert">{removal.removeError.message}</p>}
      <ul>
        {fruit.data?.map((row) => (
          <li key={row.id}>
            {row.name}
            <button type="button" onClick={() => removal.run({ id: row.id }, `${row.name} deleted.`, effects)}>
              {`Delete ${row.name}`}
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}

function renderFruit(store: FruitStore, effects?: RemovalEffects) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <QueryClientProvider client={queryClient}>
        <FruitList store={store} effects={effects} />
        <Snackbar />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return userEvent.setup();
}

afterEach(() => {
  useSnackbarStore.setState({ current: null });
});

describe('undoable removal', () => {
  it('deletes at once, says so with Undo, moves focus to the heading, and Undo brings the row back', async () => {
    const store = createFruitStore(['Apple', 'Pear']);
    const user = renderFruit(store);
    await user.click(await screen.findByRole('button', { name: 'Delete Apple' }));

    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete Apple' })).toBeNull());
    expect(screen.getByRole('status').textContent).toContain('Apple deleted.');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Fruit' }));

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Delete Apple' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete Pear' })).toBeTruthy();
    expect(store.calls).toEqual(['remove apple', 'restore apple']);
  });

  it('ignores a second delete while the first is still on its way', async () => {
    const store = createFruitStore(['Apple', 'Pear']);
    const user = renderFruit(store);
    const release = store.hold();
    await user.click(await screen.findByRole('button', { name: 'Delete Apple' }));
    await user.click(screen.getByRole('button', { name: 'Delete Pear' }));
    release();

    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Apple deleted.'));
    expect(store.calls).toEqual(['remove apple']);
    expect(screen.getByRole('button', { name: 'Delete Pear' })).toBeTruthy();
  });

  it('runs the caller’s own steps instead of the focus move, and after Undo', async () => {
    const store = createFruitStore(['Apple']);
    const steps: string[] = [];
    const user = renderFruit(store, { onRemoved: () => steps.push('removed'), onRestored: () => steps.push('restored') });
    const button = await screen.findByRole('button', { name: 'Delete Apple' });
    button.focus();
    await user.click(button);

    await waitFor(() => expect(steps).toEqual(['removed']));
    expect(document.activeElement).not.toBe(screen.getByRole('heading', { name: 'Fruit' }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(steps).toEqual(['removed', 'restored']));
  });

  it('shows a failed delete, keeps the row and the focus, and offers no Undo', async () => {
    const store = createFruitStore(['Apple']);
    store.refuse('The workspace is read-only.');
    const user = renderFruit(store);
    await user.click(await screen.findByRole('button', { name: 'Delete Apple' }));

    expect((await screen.findByRole('alert')).textContent).toBe('The workspace is read-only.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete Apple' }));
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});
