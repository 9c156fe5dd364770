import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTempBackend } from '../test-support';
import { retryDelayMs, type BackoffOptions } from './backoff';
import { httpTransport, type Transport } from './http-transport';
import { OutboxQueue } from './queue-file';
import { startTestReceiver, type TestReceiver } from './test-receiver';
import { writeTestPackage } from './test-package';
import { OutboxUploader } from './uploader';

const BACKOFF: BackoffOptions = { baseMs: 1_000, maxMs: 8_000, maxAttempts: 3 };
const START = Date.parse('2026-11-24T06:00:00.000Z');

const tempBackend = useTempBackend();
const receivers: TestReceiver[] = [];
const uploaders: OutboxUploader[] = [];
afterEach(async () => {
  await Promise.all(uploaders.splice(0).map((uploader) => uploader.stop()));
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});

async function receiver(port?: number): Promise<TestReceiver> {
  const started = await startTestReceiver(port);
  receivers.push(started);
  return started;
}

/** A free port on 127.0.0.1 with nothing listening on it (yet). */
async function downPort(): Promise<number> {
  const probe = await startTestReceiver();
  await probe.close();
  return probe.port;
}

/** A backend and an uploader over the same data folder, a package queued for the endpoint, a clock the test moves. */
function setup(endpoint: string | null) {
  const { dir, ok } = tempBackend();
  const clock = { now: START };
  const dialled: string[] = [];
  // The real transport, watched: every address the uploader dials is recorded.
  const transport: Transport = { send: (url, options) => (dialled.push(url.href), httpTransport.send(url, options)) };
  const makeUploader = () => {
    const made = new OutboxUploader({ dataDir: dir, backoff: BACKOFF, timeoutMs: 5_000, transport, now: () => clock.now, random: () => 0.5 });
    uploaders.push(made);
    return made;
  };
  if (endpoint) ok('outbox.saveSettings', { endpoint });
  const path = writeTestPackage(dir);
  const item = ok('outbox.enqueue', { path, destination: 'endpoint' });
  const current = () => ok('outbox.list', {}).items.find((listed) => listed.id === item.id)!;
  return { dir, ok, clock, dialled, makeUploader, path, item, current };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('outbox uploader against a real receiver on 127.0.0.1', () => {
  it('uploads a queued package: the receiver stores bytes that hash to the package sha, the item is sent with its receipt', async () => {
    const up = await receiver();
    const { makeUploader, item, current, dialled } = setup(up.url);

    await makeUploader().runOnce();

    const stored = up.uploads.get(item.sha256);
    expect(stored && sha256(stored.bytes)).toBe(item.sha256);
    expect(current()).toMatchObject({ state: 'sent', attempts: 1, lastFailure: null, receipt: { receiptId: 'R-1', sha256: item.sha256, bytes: item.bytes } });
    expect(current().sentAt).toBe(new Date(START).toISOString());
    // The reachability check and the upload, both to the endpoint itself.
    expect(up.requests).toEqual(['HEAD /submissions', 'POST /submissions']);
    expect(dialled).toEqual([up.url, up.url]);
  });

  it('keeps the item queued with the reason "offline" while the receiver is down, and sends it once it is up', async () => {
    const port = await downPort();
    const { makeUploader, current, item } = setup(`http://127.0.0.1:${port}/submissions`);
    const uploader = makeUploader();

    await uploader.runOnce();
    expect(current()).toMatchObject({ state: 'queued', attempts: 0, lastFailure: { reason: 'offline', httpStatus: null } });

    const up = await receiver(port);
    await uploader.runOnce();
    expect(current()).toMatchObject({ state: 'sent', lastFailure: null, receipt: { sha256: item.sha256 } });
    expect(up.uploads.size).toBe(1);
  });

  it('retries a package whose connection was cut mid-upload after its back-off, and it is stored once', async () => {
    const up = await receiver();
    const { makeUploader, current, clock, item } = setup(up.url);
    const uploader = makeUploader();
    up.cutNextUploadAfter(64 * 1024);

    await uploader.runOnce();
    // First retry: 1 000 ms doubled 0 times = 1 000, half fixed + half × jitter 0.5 = 750 ms.
    expect(retryDelayMs(1, BACKOFF, 0.5)).toBe(750);
    expect(current()).toMatchObject({ state: 'queued', attempts: 1, lastFailure: { reason: 'connection_lost' } });
    expect(current().nextAttemptAt).toBe(new Date(START + 750).toISOString());
    expect(up.uploads.size).toBe(0);

    clock.now += 749;
    await uploader.runOnce();
    expect(up.requests.filter((r) => r.startsWith('POST'))).toHaveLength(1); // not due yet: nothing sent

    clock.now += 1;
    await uploader.runOnce();
    expect(current()).toMatchObject({ state: 'sent', attempts: 2, receipt: { receiptId: 'R-1' } });
    expect([...up.uploads.keys()]).toEqual([item.sha256]);
  });

  it('gets the first receipt again when the receiver stored the package but its answer was lost', async () => {
    const up = await receiver();
    const { makeUploader, current, clock } = setup(up.url);
    const uploader = makeUploader();
    up.dropNextReply();

    await uploader.runOnce();
    expect(current()).toMatchObject({ state: 'queued', lastFailure: { reason: 'connection_lost' } });
    expect(up.uploads.size).toBe(1);

    clock.now += 750;
    await uploader.runOnce();
    expect(current()).toMatchObject({ state: 'sent', receipt: { receiptId: 'R-1' } });
    expect(up.uploads.size).toBe(1);
  });

  it('resumes after a restart: an item left "sending" is sent by a new uploader over the same queue file', async () => {
    const up = await receiver();
    const { dir, makeUploader, current, item } = setup(up.url);
    // The app stopped while this item was on its way.
    new OutboxQueue(dir).update(item.id, (queued) => ({ ...queued, state: 'sending', attempts: 1 }));

    const restarted = makeUploader();
    restarted.start();
    await vi.waitFor(() => expect(current().state).toBe('sent'));
    expect(current().attempts).toBe(2);
    expect(up.uploads.get(item.sha256)?.bytes.length).toBe(item.bytes);
  });

  it('retries an answer of 503 with back-off, marks the item failed once the attempts run out, and sends it after "Retry"', async () => {
    const up = await receiver();
    const { makeUploader, current, clock, ok, item } = setup(up.url);
    const uploader = makeUploader();
    up.answerUploadsWith(503);

    await uploader.runOnce(); // attempt 1, next in 750 ms
    clock.now += 750;
    await uploader.runOnce(); // attempt 2: 2 000 ms × 0.75 = 1 500 ms
    expect(current().nextAttemptAt).toBe(new Date(clock.now + 1_500).toISOString());
    clock.now += 1_500;
    await uploader.runOnce(); // attempt 3 = maxAttempts
    expect(current()).toMatchObject({ state: 'failed', attempts: 3, lastFailure: { reason: 'server_error', httpStatus: 503 }, nextAttemptAt: null });

    up.answerUploadsWith(null);
    expect(ok('outbox.retry', { id: item.id })).toMatchObject({ state: 'queued', attempts: 0, lastFailure: null });
    await uploader.runOnce();
    expect(current()).toMatchObject({ state: 'sent', attempts: 1 });
  });

  it('marks a package the receiver refuses (400) failed at once, without retrying', async () => {
    const up = await receiver();
    const { makeUploader, current, clock } = setup(up.url);
    const uploader = makeUploader();
    up.answerUploadsWith(400);

    await uploader.runOnce();
    clock.now += 60_000;
    await uploader.runOnce();
    expect(current()).toMatchObject({ state: 'failed', attempts: 1, lastFailure: { reason: 'rejected', httpStatus: 400 } });
    expect(up.requests.filter((r) => r.startsWith('POST'))).toHaveLength(1);
  });

  it('refuses to send a package file that changed after it was queued', async () => {
    const up = await receiver();
    const { makeUploader, current, path } = setup(up.url);
    writeFileSync(path, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(10)]));

    await makeUploader().runOnce();
    expect(current()).toMatchObject({ state: 'failed', lastFailure: { reason: 'file_changed' } });
    expect(up.uploads.size).toBe(0);
  });

  it('contacts nobody while no endpoint is configured, and says so on the item', async () => {
    const { makeUploader, current, dialled } = setup(null);
    await makeUploader().runOnce();
    expect(current()).toMatchObject({ state: 'queued', attempts: 0, lastFailure: { reason: 'no_endpoint' } });
    expect(dialled).toEqual([]);
  });

  it('never dials any address but the configured endpoint, through cuts, retries and a restart', async () => {
    const up = await receiver();
    const { dir, makeUploader, clock, dialled, ok } = setup(up.url);
    const second = ok('outbox.enqueue', { path: writeTestPackage(dir, 'second.zip'), destination: 'endpoint' });
    up.cutNextUploadAfter(1_000);

    await makeUploader().runOnce();
    clock.now += 10_000;
    await makeUploader().runOnce();

    expect(ok('outbox.list', {}).items.map((item) => item.state)).toEqual(['sent', 'sent']);
    expect(up.uploads.has(second.sha256)).toBe(true);
    expect(new Set(dialled)).toEqual(new Set([up.url]));
  });
});
