import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';

/**
 * Writes a small JSON file (settings, the outbox queue) so that a crash leaves the old file or the new one,
 * never half of one: written to a temporary file beside it, flushed to disk, then renamed over it.
 */
export function writeJsonFile(file: string, value: unknown): void {
  const temporary = `${file}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, JSON.stringify(value, null, 2));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/** The parsed text, or undefined when it is not JSON: the caller then starts from its defaults. */
export function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
