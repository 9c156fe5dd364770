import { z } from 'zod';
import { command } from '../command';

export const hostMode = z.enum(['electron', 'web', 'cli']);
export type HostMode = z.infer<typeof hostMode>;

export const appContract = {
  /** What the host can do, so the UI offers native file dialogs only where they exist. */
  'app.info': command({
    scope: 'app',
    input: z.object({}),
    output: z.object({
      version: z.string(),
      mode: hostMode,
      nativeFileDialogs: z.boolean(),
      workspacesDir: z.string(),
    }),
  }),
  /**
   * Native open/save dialog for a workspace file (Electron only; the web host answers `unsupported`).
   * Returns null when the user cancels.
   */
  'app.chooseWorkspaceFile': command({
    scope: 'shell',
    input: z.object({ purpose: z.enum(['open', 'create']), suggestedName: z.string().max(200).optional() }),
    output: z.object({ path: z.string().nullable() }),
  }),
};
