import { type BrowserWindow, dialog, type OpenDialogOptions } from 'electron';
import type { ShellActions } from '../commands/shell-handlers';
import type { ShellStrings } from '../i18n/shell-strings';

export interface FolderDialogContext {
  /** The window the dialog belongs to (modal on it); undefined if it was closed meanwhile. */
  window(): BrowserWindow | undefined;
  strings(): ShellStrings;
}

/** `app.chooseFolder`: the native folder picker, titled in the app's language, able to make a new folder. */
export function folderDialog(context: FolderDialogContext): ShellActions['chooseFolder'] {
  return async ({ defaultPath }) => {
    const { dialog: text } = context.strings();
    const options: OpenDialogOptions = {
      title: text.exportFolderTitle,
      buttonLabel: text.exportFolderButton,
      ...(defaultPath ? { defaultPath } : {}),
      properties: ['openDirectory', 'createDirectory'],
    };
    const window = context.window();
    const { canceled, filePaths } = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return { path: canceled ? null : (filePaths[0] ?? null) };
  };
}
