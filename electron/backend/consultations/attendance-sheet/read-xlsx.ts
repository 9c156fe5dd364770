import type { SheetRow } from '../../../../shared/consultations/attendance-preview';
import { MAX_ATTENDANCE_SHEET_COLUMNS } from '../../../../shared/consultations/attendance-sheet';
import { AppError } from '../../errors';
import { openZip, type ZipArchive } from './read-zip';
import { unreadableSheet } from './sheet-errors';

/**
 * The cells of one worksheet of an XLSX workbook, as text. Only what an attendance sheet holds is read:
 * shared and inline strings, numbers as written, booleans; no styles, no formulas (their cached values are read).
 * SpreadsheetML is machine-written, so its elements are matched as text rather than through a DOM.
 */
export interface XlsxSheet {
  sheetNames: string[];
  sheetName: string;
  rows: SheetRow[];
}

export function readXlsx(bytes: Buffer, wantedSheet: string | undefined): XlsxSheet {
  try {
    const zip = openZip(bytes);
    const sheets = workbookSheets(zip);
    const first = sheets[0];
    if (!first) throw unreadableSheet('notXlsx');
    const sheet = wantedSheet === undefined ? first : sheets.find(({ name }) => name === wantedSheet);
    if (!sheet) throw unreadableSheet('sheetNotFound', { sheet: wantedSheet ?? '' });
    const xml = zip.read(sheet.path)?.toString('utf8');
    if (xml === undefined) throw unreadableSheet('corruptXlsx');
    return { sheetNames: sheets.map(({ name }) => name), sheetName: sheet.name, rows: sheetRows(xml, sharedStrings(zip)) };
  } catch (error) {
    // A truncated or tampered archive fails in many ways (bad offsets, bad deflate data): all one message.
    if (error instanceof AppError) throw error;
    throw unreadableSheet('corruptXlsx');
  }
}

/** The worksheets in workbook order with the path of each one's XML inside the archive. */
function workbookSheets(zip: ZipArchive): { name: string; path: string }[] {
  const workbook = zip.read('xl/workbook.xml')?.toString('utf8');
  const relations = zip.read('xl/_rels/workbook.xml.rels')?.toString('utf8');
  // A zip without a workbook is another kind of document (.docx, .ods, a plain archive).
  if (workbook === undefined || relations === undefined) throw unreadableSheet('notXlsx');
  const targets = new Map(elements(relations, 'Relationship').map(({ attributes }) => [attributes.Id ?? '', attributes.Target ?? '']));
  return elements(workbook, 'sheet').map(({ attributes }) => {
    const target = targets.get(attributes['r:id'] ?? '') ?? '';
    return { name: decodeXml(attributes.name ?? ''), path: target.startsWith('/') ? target.slice(1) : `xl/${target}` };
  });
}

function sharedStrings(zip: ZipArchive): string[] {
  const xml = zip.read('xl/sharedStrings.xml')?.toString('utf8');
  return xml === undefined ? [] : elements(xml, 'si').map(({ body }) => textOf(body));
}

function sheetRows(xml: string, strings: readonly string[]): SheetRow[] {
  const rows: SheetRow[] = [];
  let rowNumber = 0;
  for (const row of elements(xml, 'row')) {
    rowNumber = Number(row.attributes.r ?? rowNumber + 1);
    const cells: string[] = [];
    let column = -1;
    for (const cell of elements(row.body, 'c')) {
      column = cell.attributes.r ? columnIndex(cell.attributes.r) : column + 1;
      if (column >= MAX_ATTENDANCE_SHEET_COLUMNS) throw unreadableSheet('tooManyColumns', { max: MAX_ATTENDANCE_SHEET_COLUMNS });
      const text = cellText(cell.attributes.t, cell.body, strings);
      while (cells.length < column) cells.push('');
      cells[column] = text;
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

function cellText(type: string | undefined, body: string, strings: readonly string[]): string {
  if (type === 'inlineStr') return textOf(body);
  const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (value === undefined) return '';
  if (type === 's') return strings[Number(value)] ?? '';
  if (type === 'b') return value === '1' ? 'true' : 'false';
  return decodeXml(value);
}

/** The text of a string item: its runs joined, phonetic guides (Japanese furigana) left out. */
function textOf(xml: string): string {
  const withoutPhonetics = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  return [...withoutPhonetics.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((match) => decodeXml(match[1] ?? '')).join('');
}

/** "B3" → 1: the column letters as a zero-based index. */
function columnIndex(reference: string): number {
  const letters = /^[A-Z]+/.exec(reference)?.[0] ?? 'A';
  return [...letters].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

interface XmlElement {
  attributes: Record<string, string | undefined>;
  body: string;
}

/** Elements named `tag` (not nested in themselves), with their attributes and inner XML. */
function elements(xml: string, tag: string): XmlElement[] {
  const pattern = new RegExp(`<${tag}((?:\\s[^>]*?)?)(?:/>|>([\\s\\S]*?)</${tag}>)`, 'g');
  return [...xml.matchAll(pattern)].map((match) => ({ attributes: attributesOf(match[1] ?? ''), body: match[2] ?? '' }));
}

function attributesOf(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)].map((match) => [match[1] ?? '', match[2] ?? '']));
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML character references, and Excel's `_x000D_` escapes of control characters. */
function decodeXml(text: string): string {
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, entity: string) =>
      entity.startsWith('#x') ? String.fromCodePoint(parseInt(entity.slice(2), 16)) : entity.startsWith('#') ? String.fromCodePoint(Number(entity.slice(1))) : (ENTITIES[entity] ?? ''),
    )
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
