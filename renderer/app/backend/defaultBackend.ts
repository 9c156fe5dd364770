import { createBackend, type Backend } from './backend';
import { createHttpTransport } from './httpTransport';
import { createIpcTransport, findPreloadBridge } from './ipcTransport';

/** Electron's preload bridge when it is there, otherwise the web host over HTTP. */
export function createDefaultBackend(): Backend {
  const bridge = findPreloadBridge();
  return createBackend(bridge ? createIpcTransport(bridge) : createHttpTransport());
}
