import type { OutboxItem } from '../../shared/outbox/schema';
import type { Handlers } from './inMemoryBackend';

/**
 * The outbox as component tests see it: the items and the endpoint a test puts here. Nothing is ever
 * uploaded; a test moves an item on (`state.outbox.items[0].state = 'sent'`) the way the uploader would.
 * The endpoint rules come from the contract's schema, which the in-memory backend applies to every input.
 */
export interface OutboxData {
  endpoint: string | null;
  items: OutboxItem[];
}

export const emptyOutbox = (): OutboxData => ({ endpoint: null, items: [] });

interface OutboxDeps {
  id: () => string;
  now: () => string;
  refuse: (code: 'not_found' | 'conflict', messageKey: string) => Error;
}

/** An item as `outbox.enqueue` makes it; tests override what they need. */
export function fakeOutboxItem(overrides: Partial<OutboxItem> = {}): OutboxItem {
  return {
    id: 'item-1',
    path: '/home/amina/LDN/KEN_LDN_2026_20261124T060000Z.zip',
    fileName: 'KEN_LDN_2026_20261124T060000Z.zip',
    sha256: 'a'.repeat(64),
    bytes: 2_048,
    destination: 'endpoint',
    state: 'queued',
    attempts: 0,
    nextAttemptAt: null,
    lastFailure: null,
    receipt: null,
    createdAt: '2026-11-24T06:00:00.000Z',
    updatedAt: '2026-11-24T06:00:00.000Z',
    sentAt: null,
    removedAt: null,
    ...overrides,
  };
}

type OutboxCommand = 'outbox.list' | 'outbox.enqueue' | 'outbox.retry' | 'outbox.remove' | 'outbox.restore' | 'outbox.getSettings' | 'outbox.saveSettings' | 'outbox.showFile';

export function outboxHandlers(state: { outbox: OutboxData; mode: 'electron' | 'web' }, { id, now, refuse }: OutboxDeps): Pick<Handlers, OutboxCommand> {
  const find = (itemId: string) => {
    const item = state.outbox.items.find((candidate) => candidate.id === itemId);
    if (!item) throw refuse('not_found', 'errors:notFound');
    return item;
  };
  const replace = (changed: OutboxItem) => {
    state.outbox.items = state.outbox.items.map((item) => (item.id === changed.id ? changed : item));
    return changed;
  };
  return {
    'outbox.list': () => ({ items: state.outbox.items.filter((item) => item.removedAt === null) }),
    'outbox.enqueue': ({ path, destination }) => {
      const item = fakeOutboxItem({
        id: id(),
        path,
        fileName: path.split(/[\\/]/).pop() ?? path,
        destination,
        state: destination === 'prais' ? 'ready' : 'queued',
        createdAt: now(),
        updatedAt: now(),
      });
      state.outbox.items = [item, ...state.outbox.items];
      return item;
    },
    'outbox.retry': ({ id: itemId }) => {
      const item = find(itemId);
      if (item.state !== 'queued' && item.state !== 'failed') throw refuse('conflict', 'errors:conflict');
      return replace({ ...item, state: 'queued', attempts: 0, lastFailure: null, nextAttemptAt: null });
    },
    'outbox.remove': ({ id: itemId }) => {
      replace({ ...find(itemId), removedAt: now() });
      return { id: itemId };
    },
    'outbox.restore': ({ id: itemId }) => replace({ ...find(itemId), removedAt: null }),
    'outbox.getSettings': () => ({ endpoint: state.outbox.endpoint }),
    'outbox.saveSettings': ({ endpoint }) => ({ endpoint: (state.outbox.endpoint = endpoint) }),
    'outbox.showFile': () => {
      if (state.mode !== 'electron') throw refuse('conflict', 'errors:unsupported');
      return { shown: true };
    },
  };
}
