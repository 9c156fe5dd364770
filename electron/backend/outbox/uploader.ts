import type { OutboxFailure, OutboxItem } from '../../../shared/outbox/schema';
import { DEFAULT_BACKOFF, retryDelayMs, type BackoffOptions } from './backoff';
import { httpTransport, TransportError, type Transport } from './http-transport';
import { readPackageFile } from './package-file';
import { OutboxQueue } from './queue-file';
import { outboxWake } from './wake';

export interface UploaderOptions {
  dataDir: string;
  backoff?: BackoffOptions;
  /** How often to look for work (and, with items waiting, whether the endpoint is back). */
  pollMs?: number;
  timeoutMs?: number;
  transport?: Transport;
  now?: () => number;
  random?: () => number;
  report?: (error: unknown) => void;
}

const DEFAULT_POLL_MS = 15_000;
const DEFAULT_TIMEOUT_MS = 120_000;

/** Answers that say "try again later"; any other non-2xx is the receiver refusing the package. */
const RETRYABLE_STATUS = (status: number) => status === 408 || status === 425 || status === 429 || status >= 500;

/**
 * Sends queued packages to the configured submission endpoint, outside any command: the commands only
 * change the queue file, this reads it. It contacts no host but the endpoint: it first asks the
 * endpoint itself whether it is reachable (HEAD), then POSTs each due package's bytes with its sha256
 * as Idempotency-Key, so a package whose upload was cut off and is sent again is recognised by the
 * receiver and answered with the same receipt.
 */
export class OutboxUploader {
  private readonly queue: OutboxQueue;
  private readonly backoff: BackoffOptions;
  private readonly pollMs: number;
  private readonly timeoutMs: number;
  private readonly transport: Transport;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly report: (error: unknown) => void;
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private started = false;
  private stopping = false;

  constructor(options: UploaderOptions) {
    this.queue = new OutboxQueue(options.dataDir);
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.pollMs = options.pollMs ?? DEFAULT_POLL_MS;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.transport = options.transport ?? httpTransport;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.report = options.report ?? ((error) => console.error('[outbox]', error));
  }

  /** Resumes what a previous run left half-done, then works in the background until `stop()`. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.resume();
    this.unsubscribe = outboxWake.subscribe(() => this.wake());
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.unsubscribe?.();
    clearTimeout(this.timer);
    await this.running;
  }

  /** Items left 'sending' when the app stopped mid-upload are queued again. */
  resume(): void {
    this.queue.requeueInterrupted(this.iso(this.now()));
  }

  /** One pass over the queue: every item that is due gets one attempt. Never rejects. */
  runOnce(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.pass()
      .catch((error: unknown) => this.report(error))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          void this.runOnce();
        }
      });
    return this.running;
  }

  private wake(): void {
    clearTimeout(this.timer);
    void this.runOnce().then(() => this.schedule());
  }

  private schedule(): void {
    if (!this.started || this.stopping) return;
    clearTimeout(this.timer);
    const now = this.now();
    const waits = this.queue
      .items()
      .filter((item) => item.state === 'queued' && item.nextAttemptAt !== null)
      .map((item) => Date.parse(item.nextAttemptAt ?? '') - now);
    const delay = Math.max(0, Math.min(this.pollMs, ...waits));
    this.timer = setTimeout(() => this.wake(), delay);
    // A pending retry must not keep the process alive when its host is shutting down.
    this.timer.unref();
  }

  private async pass(): Promise<void> {
    const due = this.dueItems();
    if (due.length === 0) return;
    const { endpoint } = this.queue.settings();
    if (endpoint === null) {
      for (const item of due) this.note(item.id, { reason: 'no_endpoint', httpStatus: null });
      return;
    }
    const url = new URL(endpoint);
    if (!(await this.reachable(url))) {
      for (const item of due) this.note(item.id, { reason: 'offline', httpStatus: null });
      return;
    }
    for (const item of due) {
      if (this.stopping) return;
      await this.upload(item, url);
    }
  }

  private dueItems(): OutboxItem[] {
    const now = this.now();
    return this.queue
      .items()
      .filter((item) => item.destination === 'endpoint' && item.state === 'queued')
      .filter((item) => item.nextAttemptAt === null || Date.parse(item.nextAttemptAt) <= now)
      .reverse(); // oldest first
  }

  private async reachable(url: URL): Promise<boolean> {
    try {
      await this.transport.send(url, { method: 'HEAD', timeoutMs: Math.min(this.timeoutMs, 10_000) });
      return true;
    } catch (error) {
      if (error instanceof TransportError) return false;
      throw error;
    }
  }

  private async upload(item: OutboxItem, url: URL): Promise<void> {
    const file = readPackageFile(item.path);
    if (file === null || file === 'not_zip') return this.fail(item.id, 'file_missing');
    if (file.sha256 !== item.sha256) return this.fail(item.id, 'file_changed');

    const sending = this.queue.update(item.id, (current) => ({ ...current, state: 'sending', attempts: current.attempts + 1, updatedAt: this.iso(this.now()) }));
    if (!sending || sending.removedAt !== null) return;
    try {
      const response = await this.transport.send(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/zip', 'Idempotency-Key': item.sha256 },
        body: file.bytes,
        timeoutMs: this.timeoutMs,
      });
      if (response.status >= 200 && response.status < 300) return this.delivered(sending, response.body);
      if (RETRYABLE_STATUS(response.status)) return this.later(sending, { reason: 'server_error', httpStatus: response.status });
      return this.fail(item.id, 'rejected', response.status);
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      return this.later(sending, { reason: error.failure, httpStatus: null });
    }
  }

  private delivered(item: OutboxItem, body: string): void {
    const receipt = parseReceipt(body);
    if (!receipt) return this.fail(item.id, 'invalid_receipt');
    const at = this.iso(this.now());
    this.queue.update(item.id, (current) => ({ ...current, state: 'sent', receipt, lastFailure: null, nextAttemptAt: null, sentAt: at, updatedAt: at }));
  }

  /** A failure worth retrying: back to the queue after a back-off, or failed once the attempts run out. */
  private later(item: OutboxItem, failure: OutboxFailure): void {
    if (item.attempts >= this.backoff.maxAttempts) return this.fail(item.id, failure.reason, failure.httpStatus);
    const now = this.now();
    const next = this.iso(now + retryDelayMs(item.attempts, this.backoff, this.random()));
    this.queue.update(item.id, (current) => ({ ...current, state: 'queued', lastFailure: failure, nextAttemptAt: next, updatedAt: this.iso(now) }));
  }

  private fail(id: string, reason: OutboxFailure['reason'], httpStatus: number | null = null): void {
    this.queue.update(id, (current) => ({
      ...current,
      state: 'failed',
      lastFailure: { reason, httpStatus },
      nextAttemptAt: null,
      updatedAt: this.iso(this.now()),
    }));
  }

  /** Waiting without an attempt (offline, no endpoint): the reason is shown, the attempts do not count. */
  private note(id: string, failure: OutboxFailure): void {
    if (this.queue.item(id)?.lastFailure?.reason === failure.reason) return; // already says so: no rewrite per poll
    this.queue.update(id, (current) => ({ ...current, lastFailure: failure, updatedAt: this.iso(this.now()) }));
  }

  private iso(ms: number): string {
    return new Date(ms).toISOString();
  }
}

function parseReceipt(body: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
