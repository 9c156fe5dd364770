import { createRequire } from 'node:module';
import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

/** tsx's own CLI, run with this Node, so child processes need neither npm nor a shell. */
export const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
