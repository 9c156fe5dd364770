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
  /**
   * Native "choose a folder" dialog (Electron only; the web host answers `unsupported`), starting in
   * `defaultPath`: where the reporting screen writes the PRAIS package. Null when the user cancels.
   */
  'app.chooseFolder': command({
    scope: 'shell',
    input: z.object({ purpose: z.enum(['exportPackage']), defaultPath: z.string().max(4096).optional() }),
    output: z.object({ path: z.string().nullable() }),
  }),
  /**
   * Saves the window's page as an A4 PDF (Chromium's printToPDF, print CSS applied) where the user
   * chooses in a native save dialog: the printable report's "Save as PDF" in the desktop app. The web host
   * answers `unsupported` (the browser prints with window.print). Null when the user cancels.
   */
  'app.printToPdf': command({
    scope: 'shell',
    input: z.object({ suggestedName: z.string().trim().min(1).max(200) }),
    output: z.object({ path: z.string().nullable() }),
  }),
};
