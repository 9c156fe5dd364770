import Papa from 'papaparse';
import type { RosterCell } from '../../../shared/consultations/roster-export';

/**
 * CSV text with a UTF-8 byte order mark (Excel reads the file as UTF-8 only with it) and CRLF line ends.
 * Cells starting with = + - @ are quoted with a leading apostrophe: a name typed as "=HYPERLINK(…)" must
 * not run as a formula in the reader's spreadsheet.
 */
export function toCsv(rows: readonly RosterCell[][]): string {
  return `\uFEFF${Papa.unparse(rows as RosterCell[][], { newline: '\r\n', escapeFormulae: true })}\r\n`;
}
