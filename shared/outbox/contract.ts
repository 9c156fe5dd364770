import { z } from 'zod';
import { command } from '../command';
import { endpointUrl, outboxDestination, outboxItem, outboxSettings } from './schema';

const byId = z.object({ id: z.string().min(1).max(100) });

export const outboxContract = {
  /** Every item not removed, newest first; the UI polls it while something is on its way. */
  'outbox.list': command({ scope: 'app', input: z.object({}), output: z.object({ items: z.array(outboxItem) }) }),
  /**
   * Queues a package file (a .zip written by `reporting.exportPackage`). The same package (same sha256) for
   * the same destination is queued once: enqueuing it again answers the existing item.
   */
  'outbox.enqueue': command({
    scope: 'app',
    input: z.object({ path: z.string().min(1).max(4000), destination: outboxDestination }),
    output: outboxItem,
  }),
  /** Sends a queued or failed item again at once, with its attempts counted afresh. */
  'outbox.retry': command({ scope: 'app', input: byId, output: outboxItem }),
  /** Takes an item out of the outbox (the package file stays); `outbox.restore` undoes it. */
  'outbox.remove': command({ scope: 'app', input: byId, output: z.object({ id: z.string() }) }),
  'outbox.restore': command({ scope: 'app', input: byId, output: outboxItem }),
  'outbox.getSettings': command({ scope: 'app', input: z.object({}), output: outboxSettings }),
  /** The submission endpoint: https, or http on this computer only; null clears it. */
  'outbox.saveSettings': command({ scope: 'app', input: z.object({ endpoint: endpointUrl.nullable() }), output: outboxSettings }),
  /** Shows the package file in the system's file manager (Electron only; other hosts answer `unsupported`). */
  'outbox.showFile': command({ scope: 'shell', input: z.object({ path: z.string().min(1).max(4000) }), output: z.object({ shown: z.boolean() }) }),
};
