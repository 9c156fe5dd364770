import { homedir } from 'node:os';
import { join } from 'node:path';

const PRODUCT_NAME = 'LDN Workbench';

/**
 * The folder Electron uses as `app.getPath('userData')` for this product, computed without Electron so
 * that the web host and the CLI share settings and recent workspaces with the desktop app.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

export const WORKSPACE_EXTENSION = '.ldnw';
