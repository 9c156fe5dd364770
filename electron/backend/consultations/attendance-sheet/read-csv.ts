import Papa from 'papaparse';
import type { SheetRow } from '../../../../shared/consultations/attendance-preview';
import { unreadableSheet } from './sheet-errors';

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * The records of a CSV text. The separator is guessed (comma; semicolon, as Excel writes where the
 * decimal mark is a comma; tab; pipe); a record's number is its position, header and title rows included.
 */
export function readCsv(text: string): SheetRow[] {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: guessDelimiter(text) });
  // An unclosed quotation mark swallows every later row into one cell: refuse rather than preview nonsense.
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed) throw unreadableSheet('unclosedQuote', { row: (unclosed.row ?? 0) + 1 });
  return parsed.data.map((cells, index) => ({ rowNumber: index + 1, cells: cells.map((cell) => String(cell)) }));
}

/** Papa Parse guesses from rows of equal width, so the empty rows a sheet keeps (and must number) are left out here. */
function guessDelimiter(text: string): string {
  return Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy', preview: 50, delimitersToGuess: DELIMITERS }).meta.delimiter;
}
