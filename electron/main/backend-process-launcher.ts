import { join } from 'node:path';
import { utilityProcess } from 'electron';
import type { StartBackendProcess } from './backend-client';
import { type BackendProcessOptions, backendProcessArgs } from './backend-process-args';

/**
 * Starts `out/main/backend-process.js` in an Electron utility process: a Node.js process of its own,
 * so SQLite work never blocks the main thread that draws the window and answers the OS.
 */
export function launchBackendProcess(options: BackendProcessOptions): StartBackendProcess {
  return ({ onMessage, onExit }) => {
    const child = utilityProcess.fork(join(__dirname, 'backend-process.js'), backendProcessArgs(options), {
      serviceName: 'LDN Workbench backend',
    });
    child.on('message', onMessage);
    child.on('exit', onExit);
    return {
      send: (request) => child.postMessage(request),
      kill: () => {
        child.kill();
      },
    };
  };
}
