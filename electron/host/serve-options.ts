import { parseArgs } from 'node:util';
import { defaultDataDir } from '../backend/paths';

export interface ServeOptions {
  dataDir: string;
  port: number;
  open: boolean;
  help: boolean;
}

export const SERVE_USAGE = `Usage: npm run serve -- [--data-dir DIR] [--port N] [--open]

Serves LDN Workbench to a browser on this computer only (127.0.0.1).
  --data-dir DIR  app settings and the default workspaces folder (default: ${defaultDataDir()})
  --port N        port to listen on; 0 or absent picks a free one
  --open          open the printed link in the default browser
Prints "LDN Workbench is running at <link>"; only that link (it carries a per-run token) opens the app.`;

/** Parses the command line of `npm run serve`; throws with a readable message on a bad one. */
export function parseServeOptions(argv: string[]): ServeOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '0' },
      open: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}"`);
  return { dataDir: values['data-dir'] ?? defaultDataDir(), port, open: values.open, help: values.help };
}
