import { workspaceFileName } from '../dialogs/workspace-file-name';
import { WORKSPACE_EXTENSION } from '../../backend/paths';

const PDF_EXTENSION = '.pdf';

/**
 * The file name the save dialog proposes for a printed report ("Kenya: LDN report" → "Kenya LDN
 * report.pdf"), cleaned of the characters file systems refuse the same way a workspace name is.
 */
export function pdfFileName(suggestedName: string): string {
  const cleaned = workspaceFileName(suggestedName);
  return cleaned === '' ? '' : cleaned.slice(0, -WORKSPACE_EXTENSION.length) + PDF_EXTENSION;
}

/** Linux save dialogs do not add the extension of the chosen filter. */
export function withPdfExtension(path: string): string {
  return path.toLowerCase().endsWith(PDF_EXTENSION) ? path : path + PDF_EXTENSION;
}
