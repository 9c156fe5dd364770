import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WORKSPACE_EXTENSION } from '../paths';

/** A file name for a new workspace in the default folder, from its name, never overwriting one. */
export function defaultWorkspacePath(workspacesDir: string, name: string): string {
  mkdirSync(workspacesDir, { recursive: true });
  const stem = name.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'workspace';
  for (let n = 1; ; n++) {
    const candidate = join(workspacesDir, `${stem}${n === 1 ? '' : `-${n}`}${WORKSPACE_EXTENSION}`);
    if (!existsSync(candidate)) return candidate;
  }
}

/** Recent lists and error messages use absolute paths so the same file is recognised from any folder. */
export function absolutePath(path: string): string {
  return resolve(path);
}
