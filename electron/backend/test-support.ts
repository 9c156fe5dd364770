import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/contract';
import type { CommandError } from '../../shared/command';
import { createBackend, type Backend } from './index';

/** A real backend on a real temporary folder, removed after each test. Answers are checked against the contract. */
export function useTempBackend() {
  const made: { dir: string; backend: Backend }[] = [];
  afterEach(() => {
    for (const { dir, backend } of made.splice(0)) {
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  return function tempBackend(dataDir?: string) {
    const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'ldn-backend-'));
    const backend = createBackend({ dataDir: dir, mode: 'web', appVersion: '0.0.0-test', validateOutput: true, onInternalError: (e) => { throw e; } });
    made.push({ dir, backend });

    function ok<N extends CommandName>(name: N, input: CommandInput<N>): CommandOutput<N> {
      const result = backend.dispatch(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
      return result.value as CommandOutput<N>;
    }

    function fails(name: string, input: unknown): CommandError {
      const result = backend.dispatch(name, input);
      if (result.ok) throw new Error(`${name} unexpectedly succeeded: ${JSON.stringify(result.value)}`);
      return result.error;
    }

    return { dir, backend, ok, fails };
  };
}

export const KENYA = { name: 'Kenya LDN 2026', countryIso3: 'KEN', level: 'national', landAreaKm2: 569_140 } as const;
