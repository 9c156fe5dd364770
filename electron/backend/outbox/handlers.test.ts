import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempBackend } from '../test-support';
import { sha256Of } from './package-file';
import { writeTestPackage } from './test-package';

const tempBackend = useTempBackend();

describe('outbox commands', () => {
  it('queue a package with its file hash, for the endpoint as queued and for PRAIS as ready', () => {
    const { dir, ok } = tempBackend();
    const path = writeTestPackage(dir, 'KEN.zip', 1_000);

    const forEndpoint = ok('outbox.enqueue', { path, destination: 'endpoint' });
    const forPrais = ok('outbox.enqueue', { path, destination: 'prais' });

    expect(forEndpoint).toMatchObject({ state: 'queued', fileName: 'KEN.zip', sha256: sha256Of(readFileSync(path)), attempts: 0, receipt: null });
    expect(forPrais).toMatchObject({ state: 'ready', destination: 'prais' });
    expect(ok('outbox.list', {}).items.map((item) => item.id)).toEqual([forPrais.id, forEndpoint.id]);
  });

  it('queue the same package for the same destination once', () => {
    const { dir, ok } = tempBackend();
    const path = writeTestPackage(dir, 'KEN.zip', 1_000);
    const first = ok('outbox.enqueue', { path, destination: 'endpoint' });
    expect(ok('outbox.enqueue', { path, destination: 'endpoint' }).id).toBe(first.id);
    expect(ok('outbox.list', {}).items).toHaveLength(1);
  });

  it('refuse a missing file and a file that is not a zip at the path field, queueing nothing', () => {
    const { dir, ok, fails } = tempBackend();
    writeFileSync(join(dir, 'notes.zip'), 'not a zip');
    expect(fails('outbox.enqueue', { path: join(dir, 'gone.zip'), destination: 'endpoint' })).toMatchObject({
      code: 'file_not_found',
      details: { fields: [{ path: ['path'], messageKey: 'errors:fileNotFound' }] },
    });
    expect(fails('outbox.enqueue', { path: join(dir, 'notes.zip'), destination: 'endpoint' })).toMatchObject({
      details: { fields: [{ path: ['path'], messageKey: 'outbox:errors.notAPackage' }] },
    });
    expect(ok('outbox.list', {}).items).toEqual([]);
  });

  it('remove an item and bring it back with restore; only the latest removal can be undone', () => {
    const { dir, ok } = tempBackend();
    const a = ok('outbox.enqueue', { path: writeTestPackage(dir, 'a.zip', 100), destination: 'endpoint' });
    const b = ok('outbox.enqueue', { path: writeTestPackage(dir, 'b.zip', 100), destination: 'endpoint' });

    ok('outbox.remove', { id: a.id });
    expect(ok('outbox.list', {}).items.map((item) => item.id)).toEqual([b.id]);
    expect(ok('outbox.restore', { id: a.id })).toMatchObject({ id: a.id, removedAt: null });

    ok('outbox.remove', { id: a.id });
    ok('outbox.remove', { id: b.id });
    expect(ok('outbox.list', {}).items).toEqual([]);
    ok('outbox.restore', { id: b.id });
    expect(ok('outbox.list', {}).items.map((item) => item.id)).toEqual([b.id]);
  });

  it('refuse retrying an item that is not queued or failed, and unknown ids', () => {
    const { dir, ok, fails } = tempBackend();
    const ready = ok('outbox.enqueue', { path: writeTestPackage(dir, 'a.zip', 100), destination: 'prais' });
    expect(fails('outbox.retry', { id: ready.id }).code).toBe('conflict');
    expect(fails('outbox.remove', { id: 'nope' }).code).toBe('not_found');
  });

  it.each([
    ['https anywhere', 'https://submit.example.org/ldn'],
    ['http on 127.0.0.1', 'http://127.0.0.1:8080/in'],
    ['http on localhost', 'http://localhost/in'],
  ])('accept an endpoint: %s', (_case, endpoint) => {
    const { ok } = tempBackend();
    expect(ok('outbox.saveSettings', { endpoint })).toEqual({ endpoint });
    expect(ok('outbox.getSettings', {})).toEqual({ endpoint });
  });

  it.each([
    ['plain http to another computer', 'http://submit.example.org/ldn', 'outbox:endpoint.errors.httpNotLocal'],
    ['another scheme', 'ftp://submit.example.org/', 'outbox:endpoint.errors.scheme'],
    ['credentials in the URL', 'https://user:secret@submit.example.org/', 'outbox:endpoint.errors.credentials'],
    ['text that is no URL', 'submit here', 'outbox:endpoint.errors.notUrl'],
  ])('refuse an endpoint with %s at the field, keeping the saved one', (_case, endpoint, messageKey) => {
    const { ok, fails } = tempBackend();
    ok('outbox.saveSettings', { endpoint: 'https://kept.example.org/' });
    expect(fails('outbox.saveSettings', { endpoint })).toMatchObject({ code: 'validation', details: { fields: [{ path: ['endpoint'], messageKey }] } });
    expect(ok('outbox.getSettings', {})).toEqual({ endpoint: 'https://kept.example.org/' });
  });

  it('keep the queue in the data folder, outside any workspace, whole after an interrupted write', () => {
    const { dir, ok } = tempBackend();
    const item = ok('outbox.enqueue', { path: writeTestPackage(dir, 'a.zip', 100), destination: 'endpoint' });
    // A crash while writing leaves a half-written temporary file; the queue as acknowledged is intact.
    writeFileSync(join(dir, 'outbox.json.tmp'), '{"endpoint":nu');
    expect(existsSync(join(dir, 'outbox.json'))).toBe(true);
    expect(ok('outbox.list', {}).items.map((listed) => listed.id)).toEqual([item.id]);
    ok('outbox.saveSettings', { endpoint: 'https://submit.example.org/' });
    expect(JSON.parse(readFileSync(join(dir, 'outbox.json'), 'utf8'))).toMatchObject({ endpoint: 'https://submit.example.org/', items: [{ id: item.id }] });
  });
});
