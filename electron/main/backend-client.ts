import type { CommandResult } from '../../shared/command';
import { AppError } from '../backend/errors';
import { type BackendRequest, type BackendRequestBody, isBackendReply } from './backend-protocol';

/** One running backend process, as the client needs it (Electron's UtilityProcess in the app, a fake in tests). */
export interface BackendProcess {
  send(request: BackendRequest): void;
  kill(): void;
}

export interface BackendProcessEvents {
  onMessage: (message: unknown) => void;
  onExit: (code: number) => void;
}

export type StartBackendProcess = (events: BackendProcessEvents) => BackendProcess;

/** What a call gets when the backend process died before answering, or after it was closed for quitting. */
export const BACKEND_STOPPED: CommandResult<never> = {
  ok: false,
  error: new AppError('internal', 'shell:errors.backendStopped').toCommandError(),
};

/**
 * Main's side of the backend process: sends each command with an id and resolves the call when the
 * reply with that id arrives. If the process dies, the calls in flight are answered `internal` and the
 * next call starts a new process (a restart on demand cannot loop on a process that dies at startup).
 */
export class BackendClient {
  private running: BackendProcess | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, (result: CommandResult<unknown>) => void>();
  private closing: Promise<void> | undefined;

  private hasStarted = false;

  constructor(
    private readonly start: StartBackendProcess,
    private readonly log: (message: string) => void = console.error,
    /** Sent first to a process started after a crash, to bring it back to where the last one was. */
    private readonly resumeRequests: () => BackendRequestBody[] = () => [],
  ) {}

  dispatch(name: string, input: unknown): Promise<CommandResult<unknown>> {
    if (this.closing) return Promise.resolve(BACKEND_STOPPED);
    return this.request({ kind: 'command', name, input });
  }

  /**
   * Asks the backend to close the workspace cleanly, waits for its answer (at most `timeoutMs`), then
   * ends the process. Calls made afterwards are refused. Calling it again returns the same promise.
   */
  close(timeoutMs: number): Promise<void> {
    this.closing ??= this.closeRunning(timeoutMs);
    return this.closing;
  }

  private async closeRunning(timeoutMs: number): Promise<void> {
    const running = this.running;
    if (!running) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([this.request({ kind: 'close' }), timeout]);
    clearTimeout(timer);
    running.kill();
  }

  private request(body: BackendRequestBody): Promise<CommandResult<unknown>> {
    const running = this.running ?? this.spawn();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      running.send({ ...body, id });
    });
  }

  private spawn(): BackendProcess {
    const started: BackendProcess = this.start({
      onMessage: (message) => this.settle(message),
      onExit: (code) => this.exited(started, code),
    });
    this.running = started;
    // The process handles requests in order, so the resume requests are done before the caller's.
    if (this.hasStarted) for (const body of this.resumeRequests()) void this.request(body);
    this.hasStarted = true;
    return started;
  }

  private settle(message: unknown): void {
    if (!isBackendReply(message)) {
      this.log('[backend-client] ignored a malformed message from the backend process');
      return;
    }
    const resolve = this.pending.get(message.id);
    this.pending.delete(message.id);
    resolve?.(message.result);
  }

  private exited(process: BackendProcess, code: number): void {
    if (process !== this.running) return;
    this.running = undefined;
    if (!this.closing) this.log(`[backend-client] the backend process exited unexpectedly (code ${code}); the next command starts a new one`);
    const calls = [...this.pending.values()];
    this.pending.clear();
    for (const resolve of calls) resolve(BACKEND_STOPPED);
  }
}
