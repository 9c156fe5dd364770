import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { afterEach } from 'vitest';
import { PROJECT_ROOT, TSX_CLI } from './tsx';

export interface HostProcess {
  child: ChildProcess;
  /** The printed link, token included. */
  url: string;
  origin: string;
  /** Every line the process printed on stdout. */
  stdout: string[];
  /** Sends a signal to the whole process group: tsx runs the host in a child process of its own. */
  signal(signal: NodeJS.Signals): void;
  exited: Promise<number | null>;
}

const RUNNING_AT = /^LDN Workbench is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/;

/**
 * Runs `tsx electron/host/main.ts` as `npm run serve` does (minus the build) and waits for its link.
 * Hosts still running after a test are killed.
 */
export function useHostProcesses(): (args: string[], env: Record<string, string>) => Promise<HostProcess> {
  const running = new Set<HostProcess>();
  afterEach(async () => {
    for (const host of running) {
      if (host.child.exitCode === null && host.child.signalCode === null) host.signal('SIGKILL');
      await host.exited;
    }
    running.clear();
  });
  return async (args, env) => {
    const host = await startHostProcess(args, env);
    running.add(host);
    return host;
  };
}

async function startHostProcess(args: string[], env: Record<string, string>): Promise<HostProcess> {
  const child = spawn(process.execPath, [TSX_CLI, 'electron/host/main.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const stdout: string[] = [];
  const stderr: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => stderr.push(line));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      stdout.push(line);
      const match = RUNNING_AT.exec(line);
      if (match) resolve(match[1]!);
    });
    void exited.then((code) => reject(new Error(`The host exited (${code}) before printing its link:\n${stderr.join('\n')}`)));
  });
  return {
    child,
    url,
    origin: new URL(url).origin,
    stdout,
    signal: (signal) => process.kill(-child.pid!, signal),
    exited,
  };
}
