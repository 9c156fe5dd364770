import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { shell } from 'electron';

/**
 * "Show file" for an outbox package: opens the folder in the system's file manager with the file
 * selected. Only existing .zip files: the renderer names the path, and it has no business pointing the
 * file manager anywhere else.
 */
export function showFile({ path }: { path: string }): Promise<{ shown: boolean }> {
  if (extname(path).toLowerCase() !== '.zip' || !existsSync(path)) return Promise.resolve({ shown: false });
  shell.showItemInFolder(path);
  return Promise.resolve({ shown: true });
}
