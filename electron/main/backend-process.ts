/**
 * Entry of the backend utility process: SQLite work runs here, off Electron's main thread, so a long
 * import or export never freezes the window. Main forks it (see backend-client.ts) and exchanges the
 * messages of backend-protocol.ts with it through `process.parentPort`.
 */
import { createBackend } from '../backend/index';
import { OutboxUploader } from '../backend/outbox/uploader';
import { parseBackendProcessArgs } from './backend-process-args';
import { answerBackendRequest, createBackendOrStandIn } from './backend-process-handler';

const options = parseBackendProcessArgs(process.argv);
if (!options) throw new Error('The backend process needs --data-dir=… and --app-version=… arguments.');

const report = (error: unknown) => console.error('[backend-process]', error);
const backend = createBackendOrStandIn(() => createBackend({ ...options, mode: 'electron' }), report);
// The outbox sends queued packages from here, beside the backend, never from the window.
new OutboxUploader({ dataDir: options.dataDir, report }).start();

process.parentPort.on('message', (event) => {
  const reply = answerBackendRequest(backend, event.data, report);
  if (reply) process.parentPort.postMessage(reply);
});
