import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { outboxItem, type OutboxItem, type OutboxSettings } from '../../../shared/outbox/schema';
import { parseJsonOrUndefined, writeJsonFile } from '../files/json-file';

const queueFile = z.object({ endpoint: z.string().nullable(), items: z.array(outboxItem) });
type QueueFile = z.infer<typeof queueFile>;

const EMPTY: QueueFile = { endpoint: null, items: [] };

/**
 * The outbox on disk: `outbox.json` in the app's data folder (beside settings.json), holding the
 * submission endpoint and the queued items. Every operation reads the file afresh and every change is
 * written to a synced temporary file renamed over the old one: the command handlers and the uploader
 * each hold their own OutboxQueue over the same file, nothing is cached that could go stale between
 * them, and a crash mid-write leaves the previous queue, never half of one.
 */
export class OutboxQueue {
  readonly file: string;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, 'outbox.json');
  }

  /** Items not removed, newest first. */
  items(): OutboxItem[] {
    return this.read()
      .items.filter((item) => item.removedAt === null)
      // Ids are UUIDv7, increasing within one millisecond too: they order items queued in the same instant.
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  item(id: string): OutboxItem | undefined {
    return this.read().items.find((item) => item.id === id);
  }

  settings(): OutboxSettings {
    return { endpoint: this.read().endpoint };
  }

  saveSettings(settings: OutboxSettings): OutboxSettings {
    this.change((queue) => ({ ...queue, endpoint: settings.endpoint }));
    return this.settings();
  }

  add(item: OutboxItem): OutboxItem {
    this.change((queue) => ({ ...queue, items: [...queue.items, item] }));
    return item;
  }

  /** Applies `change` to one item and saves; undefined when the item is gone (removed meanwhile). */
  update(id: string, change: (item: OutboxItem) => OutboxItem): OutboxItem | undefined {
    let updated: OutboxItem | undefined;
    this.change((queue) => ({
      ...queue,
      items: queue.items.map((item) => (item.id === id ? (updated = outboxItem.parse(change(item))) : item)),
    }));
    return updated;
  }

  /**
   * Marks an item removed, and forgets items removed earlier: only the latest removal can still be
   * undone, so the file does not grow with everything ever removed.
   */
  remove(id: string, at: string): boolean {
    let found = false;
    this.change((queue) => ({
      ...queue,
      items: queue.items
        .filter((item) => item.removedAt === null)
        .map((item) => {
          if (item.id !== id) return item;
          found = true;
          return { ...item, removedAt: at, updatedAt: at };
        }),
    }));
    return found;
  }

  /** Items left 'sending' by an app that stopped mid-upload go back to the queue. Returns how many. */
  requeueInterrupted(at: string): number {
    let count = 0;
    this.change((queue) => ({
      ...queue,
      items: queue.items.map((item) => {
        if (item.state !== 'sending') return item;
        count += 1;
        return { ...item, state: 'queued', nextAttemptAt: null, updatedAt: at };
      }),
    }));
    return count;
  }

  private read(): QueueFile {
    if (!existsSync(this.file)) return structuredClone(EMPTY);
    const parsed = queueFile.safeParse(parseJsonOrUndefined(readFileSync(this.file, 'utf8')));
    if (parsed.success) return parsed.data;
    // An unreadable queue must not stop the app; keep it for inspection and start afresh.
    renameSync(this.file, `${this.file}.unreadable-${Date.now()}`);
    return structuredClone(EMPTY);
  }

  private change(apply: (queue: QueueFile) => QueueFile): void {
    this.write(apply(this.read()));
  }

  private write(queue: QueueFile): void {
    writeJsonFile(this.file, queue);
  }
}
