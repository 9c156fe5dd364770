/**
 * `npm run serve`: LDN Workbench in a browser, served from this computer only.
 * Prints exactly one line on success (the link to open) and shuts down cleanly on Ctrl+C or SIGTERM.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createBackend } from '../backend';
import { OutboxUploader } from '../backend/outbox/uploader';
import { APP_VERSION } from './app-version';
import { openInBrowser } from './open-browser';
import { SERVE_USAGE, parseServeOptions } from './serve-options';
import { newSessionToken } from './session-token';
import { startHostServer } from './server';

/** `LDN_RENDERER_DIR` lets tests serve a small fixture instead of requiring a full build first. */
const RENDERER_DIR = process.env.LDN_RENDERER_DIR ?? resolve(import.meta.dirname, '../../out/renderer');

async function main(): Promise<void> {
  let options;
  try {
    options = parseServeOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${SERVE_USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(SERVE_USAGE);
    return;
  }
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    console.error(`LDN Workbench: the app has not been built (${join(RENDERER_DIR, 'index.html')} is missing). Run \`npm run build\` first.`);
    process.exit(1);
  }

  const backend = createBackend({ dataDir: options.dataDir, mode: 'web', appVersion: APP_VERSION });
  // A fixed token (LDN_HOST_TOKEN) lets tests and scripts know the link in advance.
  const token = process.env.LDN_HOST_TOKEN || newSessionToken();
  let server;
  try {
    server = await startHostServer({ backend, rendererDir: RENDERER_DIR, token, port: options.port });
  } catch (error) {
    backend.close();
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    console.error(inUse ? `LDN Workbench: port ${options.port} is already in use; choose another with --port.` : error);
    process.exit(1);
  }

  // Queued packages go out to the submission endpoint in the background (electron/backend/outbox).
  const uploader = new OutboxUploader({ dataDir: options.dataDir });
  uploader.start();

  console.log(`LDN Workbench is running at ${server.url}`);
  if (options.open) openInBrowser(server.url);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    // Answer what is in progress, then close the workspace so its file is left complete and unlocked.
    // An upload in flight is not waited for: its item stays 'sending' and is queued again at the next start.
    void uploader.stop();
    void server.close().then(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
