import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BrowserWindow, dialog, type SaveDialogOptions } from 'electron';
import type { ShellActions } from '../commands/shell-handlers';
import type { ShellStrings } from '../i18n/shell-strings';
import { pdfFileName, withPdfExtension } from './pdf-file-name';

export interface PrintToPdfContext {
  /** The window whose page is printed (the printable report); undefined if it was closed meanwhile. */
  window(): BrowserWindow | undefined;
  strings(): ShellStrings;
  /** Where the save dialog starts: the user's Documents folder. */
  documentsDir(): string;
}

/**
 * `app.printToPdf`: asks where to save first (nothing is rendered if the user cancels), then lets
 * Chromium lay the page out with its print CSS — A4 and the margins of its `@page` rules — and writes
 * the PDF.
 */
export function printToPdf(context: PrintToPdfContext): ShellActions['printToPdf'] {
  return async ({ suggestedName }) => {
    const window = context.window();
    if (!window) return { path: null };
    const { dialog: text } = context.strings();
    const options: SaveDialogOptions = {
      title: text.savePdfTitle,
      buttonLabel: text.savePdfButton,
      defaultPath: join(context.documentsDir(), pdfFileName(suggestedName)),
      filters: [{ name: text.pdfFilter, extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const { canceled, filePath } = await dialog.showSaveDialog(window, options);
    if (canceled || !filePath) return { path: null };
    const pdf = await window.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    const path = withPdfExtension(filePath);
    await writeFile(path, pdf);
    return { path };
  };
}
