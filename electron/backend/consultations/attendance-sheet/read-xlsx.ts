import type { SheetRow } from '../../../../shared/consultations/attendance-preview';
import { MAX_ATTENDANCE_SHEET_COLUMNS } from '../../../../shared/consultations/attendance-sheet';
import { AppError } from '../../errors';
import { readZipParts } from './read-zip';
import { unreadableSheet } from './sheet-errors';
import { attribute, child, children, parseXml, stringItemText, text, type XmlNode } from './sheet-xml';
import { dateStyleIndexes, serialToIsoDate, usesDate1904 } from './xlsx-dates';

/**
 * The cells of one worksheet of an XLSX workbook, as text. Only what an attendance sheet holds is read:
 * shared and inline strings, numbers as written, booleans, dates as ISO dates (xlsx-dates.ts); no other
 * styles, no formulas (their cached values are read).
 */
export interface XlsxSheet {
  sheetNames: string[];
  sheetName: string;
  rows: SheetRow[];
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELATIONS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';

/** How the workbook writes dates: which cell styles are dates, and from which epoch they count. */
interface DateRules {
  styles: ReadonlySet<number>;
  date1904: boolean;
}

export function readXlsx(bytes: Uint8Array, wantedSheet: string | undefined): XlsxSheet {
  try {
    const workbookParts = readZipParts(bytes, [WORKBOOK, WORKBOOK_RELATIONS]);
    const sheets = workbookSheets(workbookParts);
    const first = sheets[0];
    if (!first) throw unreadableSheet('notXlsx');
    const sheet = wantedSheet === undefined ? first : sheets.find(({ name }) => name === wantedSheet);
    if (!sheet) throw unreadableSheet('sheetNotFound', { sheet: wantedSheet ?? '' });
    // Only the chosen worksheet is inflated, not the whole workbook.
    const parts = readZipParts(bytes, [sheet.path, SHARED_STRINGS, STYLES]);
    const xml = parts.get(sheet.path);
    if (xml === undefined) throw unreadableSheet('corruptXlsx');
    const styles = parts.get(STYLES);
    const dates: DateRules = {
      styles: dateStyleIndexes(styles === undefined ? undefined : parseXml(styles)),
      date1904: usesDate1904(parseXml(workbookParts.get(WORKBOOK)!)),
    };
    return { sheetNames: sheets.map(({ name }) => name), sheetName: sheet.name, rows: sheetRows(parseXml(xml), sharedStrings(parts.get(SHARED_STRINGS)), dates) };
  } catch (error) {
    // A truncated or tampered archive fails in many ways (bad offsets, bad deflate data, broken XML): all one message.
    if (error instanceof AppError) throw error;
    throw unreadableSheet('corruptXlsx');
  }
}

/** The worksheets in workbook order with the path of each one's XML inside the archive. */
function workbookSheets(parts: Map<string, Uint8Array>): { name: string; path: string }[] {
  const workbook = parts.get(WORKBOOK);
  const relations = parts.get(WORKBOOK_RELATIONS);
  // A zip without a workbook is another kind of document (.docx, .ods, a plain archive).
  if (workbook === undefined || relations === undefined) throw unreadableSheet('notXlsx');
  const relationList = children(child(parseXml(relations), 'Relationships'), 'Relationship');
  const targets = new Map(relationList.map((relation) => [attribute(relation, 'Id'), attribute(relation, 'Target')]));
  const sheets = children(child(child(parseXml(workbook), 'workbook'), 'sheets'), 'sheet');
  return sheets.map((sheet) => {
    // The relationship id is `r:id`; the namespace prefix is dropped when parsing.
    const target = targets.get(attribute(sheet, 'id')) ?? '';
    return { name: attribute(sheet, 'name'), path: target.startsWith('/') ? target.slice(1) : `xl/${target}` };
  });
}

function sharedStrings(xml: Uint8Array | undefined): string[] {
  return xml === undefined ? [] : children(child(parseXml(xml), 'sst'), 'si').map(stringItemText);
}

function sheetRows(worksheet: XmlNode, strings: readonly string[], dates: DateRules): SheetRow[] {
  const rows: SheetRow[] = [];
  let rowNumber = 0;
  for (const row of children(child(child(worksheet, 'worksheet'), 'sheetData'), 'row')) {
    rowNumber = Number(attribute(row, 'r') || rowNumber + 1);
    const cells: string[] = [];
    let column = -1;
    for (const cell of children(row, 'c')) {
      const reference = attribute(cell, 'r');
      column = reference ? columnIndex(reference) : column + 1;
      if (column >= MAX_ATTENDANCE_SHEET_COLUMNS) throw unreadableSheet('tooManyColumns', { max: MAX_ATTENDANCE_SHEET_COLUMNS });
      while (cells.length < column) cells.push('');
      cells[column] = cellText(cell, strings, dates);
    }
    rows.push({ rowNumber, cells });
  }
  return fillGaps(rows);
}

/** Rows the file leaves out (blank ones) come back as empty rows, so that the numbers match the spreadsheet. */
function fillGaps(rows: SheetRow[]): SheetRow[] {
  const filled: SheetRow[] = [];
  for (const row of rows) {
    for (let missing = (filled.at(-1)?.rowNumber ?? 0) + 1; missing < row.rowNumber; missing += 1) filled.push({ rowNumber: missing, cells: [] });
    filled.push(row);
  }
  return filled;
}

function cellText(cell: XmlNode, strings: readonly string[], dates: DateRules): string {
  const type = attribute(cell, 't');
  if (type === 'inlineStr') return stringItemText(child(cell, 'is'));
  const value = child(cell, 'v');
  if (value === undefined) return '';
  const written = text(value);
  if (type === 's') return strings[Number(written)] ?? '';
  if (type === 'b') return written === '1' ? 'true' : 'false';
  // Strict OOXML may store a date as ISO text already (`t="d"`), time included.
  if (type === 'd') return written.slice(0, 10);
  if ((type === '' || type === 'n') && dates.styles.has(Number(attribute(cell, 's') || -1))) {
    return serialToIsoDate(Number(written), dates.date1904) ?? written;
  }
  return written;
}

/** "B3" → 1: the column letters as a zero-based index. */
function columnIndex(reference: string): number {
  const letters = /^[A-Z]+/.exec(reference)?.[0] ?? 'A';
  return [...letters].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}
