import { join } from 'node:path';
import { type BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { WORKSPACE_EXTENSION } from '../../backend/paths';
import type { ShellStrings } from '../i18n/shell-strings';
import type { ShellActions } from '../commands/shell-handlers';
import { withWorkspaceExtension, workspaceFileName } from './workspace-file-name';

type ChooseWorkspaceFile = ShellActions['chooseWorkspaceFile'];

export interface WorkspaceFileDialogContext {
  /** The window the dialog belongs to (modal on it); undefined if it was closed meanwhile. */
  window(): BrowserWindow | undefined;
  strings(): ShellStrings;
  /** Where the save dialog starts: the user's Documents folder. */
  documentsDir(): string;
}

/** `app.chooseWorkspaceFile`: the native open or save dialog for a `.ldnw` file, titled in the app's language. */
export function workspaceFileDialog(context: WorkspaceFileDialogContext): ChooseWorkspaceFile {
  return async ({ purpose, suggestedName }) => {
    const { dialog: text } = context.strings();
    const filters = [{ name: text.workspaceFilter, extensions: [WORKSPACE_EXTENSION.slice(1)] }];
    const window = context.window();

    if (purpose === 'open') {
      const options: OpenDialogOptions = {
        title: text.openWorkspaceTitle,
        buttonLabel: text.openWorkspaceButton,
        filters,
        properties: ['openFile'],
      };
      const { canceled, filePaths } = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return { path: canceled ? null : (filePaths[0] ?? null) };
    }

    const options: SaveDialogOptions = {
      title: text.createWorkspaceTitle,
      buttonLabel: text.createWorkspaceButton,
      defaultPath: join(context.documentsDir(), workspaceFileName(suggestedName)),
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const { canceled, filePath } = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return { path: canceled || !filePath ? null : withWorkspaceExtension(filePath) };
  };
}
