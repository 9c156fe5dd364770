import { type BrowserWindow, dialog, type MessageBoxOptions } from 'electron';
import { fillIn, type ShellStrings } from '../i18n/shell-strings';

/** Help → About: product name and version, in the app's language (the native About panel is English-only on Windows). */
export function showAboutDialog(window: BrowserWindow | undefined, strings: ShellStrings, about: { productName: string; version: string }): void {
  const options: MessageBoxOptions = {
    type: 'info',
    title: strings.menu.about,
    message: about.productName,
    detail: fillIn(strings.dialog.aboutDetail, { version: about.version }),
    buttons: [strings.dialog.close],
    noLink: true,
  };
  (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options)).catch((error: unknown) =>
    console.error('[about-dialog]', error),
  );
}
