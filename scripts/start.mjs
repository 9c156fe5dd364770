// `npm start`: builds the app, then opens it in Electron, or in the browser where the Electron runtime is
// not installed (a CI machine, an offline install without the runtime download). Plain Node, no tsx:
// it must work before anything else does. Extra arguments go to the app: `npm start -- --port 8080`.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const appArguments = process.argv.slice(2);

const built = await run(...npmCommand(['run', 'build']));
if (built !== 0) process.exit(built);

const electron = installedElectronBinary();
if (electron) {
  process.exit(await run(electron, ['.', ...appArguments]));
} else {
  console.log('Electron runtime not installed — starting LDN Workbench in your browser instead.');
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  process.exit(await run(process.execPath, [tsx, 'electron/host/main.ts', '--open', ...appArguments]));
}

/**
 * The Electron binary if its runtime was downloaded. Looked up by hand: `require('electron')` would
 * start the download itself when the runtime is missing.
 */
function installedElectronBinary() {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

/** The npm that runs this script (npm sets npm_execpath), else the one on PATH. */
function npmCommand(args) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.(c|m)?js$/.test(npmCli)) return [process.execPath, [npmCli, ...args]];
  return ['npm', args, { shell: process.platform === 'win32' }];
}

/**
 * Runs a child with this terminal and resolves with its exit code. Ctrl+C and SIGTERM are passed on and
 * this script waits, so the app can close its workspace before the terminal gets its prompt back.
 */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      // Shells report a child ended by a signal as 128 + its number; do the same.
      resolve(code ?? 128 + (constants.signals[signal] ?? 0));
    });
  });
}
