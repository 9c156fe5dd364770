import { describe, expect, it, vi } from 'vitest';
import { BACKEND_STOPPED, BackendClient, type BackendProcess, type BackendProcessEvents } from './backend-client';
import type { BackendRequest } from './backend-protocol';
import { OpenWorkspaceMemory } from './open-workspace-memory';

/** Stands in for the utility process: records what main sends, lets the test answer or crash it. */
class FakeProcess implements BackendProcess {
  readonly sent: BackendRequest[] = [];
  killed = false;
  constructor(readonly events: BackendProcessEvents) {}
  send(request: BackendRequest) {
    this.sent.push(request);
  }
  kill() {
    this.killed = true;
  }
  reply(request: BackendRequest, value: unknown) {
    this.events.onMessage({ id: request.id, result: { ok: true, value } });
  }
}

function setup() {
  const processes: FakeProcess[] = [];
  const log = vi.fn();
  const client = new BackendClient((events) => {
    const process = new FakeProcess(events);
    processes.push(process);
    return process;
  }, log);
  return { client, processes, log };
}

describe('BackendClient', () => {
  it('starts the process on the first call, not before', () => {
    const { client, processes } = setup();
    expect(processes).toHaveLength(0);
    void client.dispatch('app.info', {});
    expect(processes).toHaveLength(1);
    expect(processes[0]!.sent[0]).toMatchObject({ kind: 'command', name: 'app.info', input: {} });
  });

  it('matches replies to calls by id, whatever order they come back in', async () => {
    const { client, processes } = setup();
    const first = client.dispatch('workspace.get', {});
    const second = client.dispatch('landtypes.list', {});
    const [a, b] = processes[0]!.sent;
    expect(a!.id).not.toBe(b!.id);
    processes[0]!.reply(b!, 'second');
    processes[0]!.reply(a!, 'first');
    expect(await first).toEqual({ ok: true, value: 'first' });
    expect(await second).toEqual({ ok: true, value: 'second' });
  });

  it('answers calls in flight with an internal error when the process dies, and restarts on the next call', async () => {
    const { client, processes, log } = setup();
    const lost = client.dispatch('workspace.open', { path: '/data/kenya.ldnw' });
    processes[0]!.events.onExit(134);
    expect(await lost).toEqual({ ok: false, error: { code: 'internal', messageKey: 'shell:errors.backendStopped' } });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('code 134'));

    const retried = client.dispatch('workspace.open', { path: '/data/kenya.ldnw' });
    expect(processes).toHaveLength(2);
    processes[1]!.reply(processes[1]!.sent[0]!, { name: 'Kenya' });
    expect(await retried).toEqual({ ok: true, value: { name: 'Kenya' } });
  });

  it('ignores malformed messages and replies to unknown ids', async () => {
    const { client, processes, log } = setup();
    const call = client.dispatch('app.info', {});
    processes[0]!.events.onMessage('garbage');
    processes[0]!.events.onMessage({ id: 999, result: { ok: true, value: 'stray' } });
    expect(log).toHaveBeenCalledTimes(1);
    processes[0]!.reply(processes[0]!.sent[0]!, 'real');
    expect(await call).toEqual({ ok: true, value: 'real' });
  });

  it('on close, asks the backend to close the workspace, then ends the process and refuses later calls', async () => {
    const { client, processes } = setup();
    void client.dispatch('app.info', {});
    const process = processes[0]!;
    const closed = client.close(5_000);
    const closeRequest = process.sent.at(-1)!;
    expect(closeRequest.kind).toBe('close');
    expect(process.killed).toBe(false);
    process.reply(closeRequest, null);
    await closed;
    expect(process.killed).toBe(true);
    expect(await client.dispatch('app.info', {})).toEqual(BACKEND_STOPPED);
    expect(processes).toHaveLength(1);
  });

  it('ends the process anyway when the backend does not answer the close in time', async () => {
    vi.useFakeTimers();
    try {
      const { client, processes } = setup();
      void client.dispatch('app.info', {});
      const closed = client.close(2_000);
      await vi.advanceTimersByTimeAsync(2_000);
      await closed;
      expect(processes[0]!.killed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('returns the same close when asked twice (a second quit request while closing)', async () => {
    const { client, processes } = setup();
    void client.dispatch('app.info', {});
    const first = client.close(5_000);
    const second = client.close(5_000);
    expect(second).toBe(first);
    expect(processes[0]!.sent.filter((r) => r.kind === 'close')).toHaveLength(1);
    processes[0]!.reply(processes[0]!.sent.at(-1)!, null);
    await first;
  });

  it('closes at once, without starting a process, when none is running', async () => {
    const { client, processes } = setup();
    await client.close(5_000);
    expect(processes).toHaveLength(0);
  });

  it('does not report the exit it caused while closing', async () => {
    const { client, processes, log } = setup();
    void client.dispatch('app.info', {});
    const closed = client.close(5_000);
    processes[0]!.reply(processes[0]!.sent.at(-1)!, null);
    await closed;
    processes[0]!.events.onExit(0);
    expect(log).not.toHaveBeenCalled();
  });
});

describe('BackendClient after a crash', () => {
  it('sends the resume requests to the new process before the call that started it', async () => {
    const memory = new OpenWorkspaceMemory();
    memory.noteAnswer('workspace.open', { ok: true, value: { path: '/data/kenya.ldnw' } });
    const processes: FakeProcess[] = [];
    const client = new BackendClient(
      (events) => {
        const process = new FakeProcess(events);
        processes.push(process);
        return process;
      },
      () => undefined,
      () => memory.resumeRequests(),
    );
    const first = client.dispatch('landtypes.list', {});
    expect(processes[0]!.sent.map((r) => r.kind === 'command' && r.name)).toEqual(['landtypes.list']);
    processes[0]!.events.onExit(1);
    await first;

    const retried = client.dispatch('landtypes.list', {});
    const sent = processes[1]!.sent;
    expect(sent.map((r) => r.kind === 'command' && [r.name, r.input])).toEqual([
      ['workspace.open', { path: '/data/kenya.ldnw' }],
      ['landtypes.list', {}],
    ]);
    processes[1]!.reply(sent[0]!, {});
    processes[1]!.reply(sent[1]!, { items: [] });
    expect(await retried).toEqual({ ok: true, value: { items: [] } });
  });

  it('resumes nothing once the workspace was closed', () => {
    const memory = new OpenWorkspaceMemory();
    memory.noteAnswer('workspace.create', { ok: true, value: { path: '/data/new.ldnw' } });
    memory.noteAnswer('workspace.close', { ok: true, value: { closed: true } });
    expect(memory.resumeRequests()).toEqual([]);
    memory.noteAnswer('workspace.open', { ok: false, error: { code: 'not_a_workspace', messageKey: 'errors:notAWorkspace' } });
    expect(memory.resumeRequests()).toEqual([]);
  });
});
