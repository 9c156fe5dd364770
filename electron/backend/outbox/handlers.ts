import { v7 as uuidv7 } from 'uuid';
import type { OutboxItem } from '../../../shared/outbox/schema';
import { appError, fieldError } from '../errors';
import type { Handlers } from '../handler-types';
import type { Session } from '../session';
import { readPackageFile } from './package-file';
import { OutboxQueue } from './queue-file';
import { outboxWake } from './wake';

type OutboxCommand =
  | 'outbox.list'
  | 'outbox.enqueue'
  | 'outbox.retry'
  | 'outbox.remove'
  | 'outbox.restore'
  | 'outbox.getSettings'
  | 'outbox.saveSettings';

const queueOf = (session: Session) => new OutboxQueue(session.options.dataDir);
const now = () => new Date().toISOString();

function existing(queue: OutboxQueue, id: string): OutboxItem {
  const item = queue.item(id);
  if (!item) throw appError('not_found');
  return item;
}

export const outboxHandlers: Handlers<OutboxCommand> = {
  'outbox.list': (_input, session) => ({ items: queueOf(session).items() }),

  'outbox.enqueue': ({ path, destination }, session) => {
    const file = readPackageFile(path);
    if (file === null) throw fieldError('file_not_found', { path: ['path'], messageKey: 'errors:fileNotFound' });
    if (file === 'not_zip') throw fieldError('validation', { path: ['path'], messageKey: 'outbox:errors.notAPackage' });
    const queue = queueOf(session);
    const same = queue.items().find((item) => item.sha256 === file.sha256 && item.destination === destination);
    if (same) return same;
    const at = now();
    const item = queue.add({
      id: uuidv7(),
      path,
      fileName: file.fileName,
      sha256: file.sha256,
      bytes: file.bytes.length,
      destination,
      // PRAIS takes uploads by hand: the package is ready for the user, nothing is sent.
      state: destination === 'prais' ? 'ready' : 'queued',
      attempts: 0,
      nextAttemptAt: null,
      lastFailure: null,
      receipt: null,
      createdAt: at,
      updatedAt: at,
      sentAt: null,
      removedAt: null,
    });
    outboxWake.emit();
    return item;
  },

  'outbox.retry': ({ id }, session) => {
    const queue = queueOf(session);
    const item = existing(queue, id);
    if (item.destination !== 'endpoint' || (item.state !== 'queued' && item.state !== 'failed')) throw appError('conflict');
    const retried = queue.update(id, (current) => ({
      ...current,
      state: 'queued',
      attempts: 0,
      nextAttemptAt: null,
      lastFailure: null,
      updatedAt: now(),
    }));
    outboxWake.emit();
    return retried ?? existing(queue, id);
  },

  'outbox.remove': ({ id }, session) => {
    // An item being sent cannot be taken out mid-upload: the receiver may already have it.
    const queue = queueOf(session);
    if (existing(queue, id).state === 'sending') throw appError('conflict');
    queue.remove(id, now());
    return { id };
  },

  'outbox.restore': ({ id }, session) => {
    const queue = queueOf(session);
    existing(queue, id);
    const restored = queue.update(id, (item) => ({ ...item, removedAt: null, updatedAt: now() }));
    outboxWake.emit();
    return restored ?? existing(queue, id);
  },

  'outbox.getSettings': (_input, session) => queueOf(session).settings(),

  'outbox.saveSettings': ({ endpoint }, session) => {
    const saved = queueOf(session).saveSettings({ endpoint });
    outboxWake.emit();
    return saved;
  },
};
