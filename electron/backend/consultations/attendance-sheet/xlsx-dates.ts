import { attribute, child, children, type XmlNode } from './sheet-xml';

/**
 * XLSX stores a date as a number (days since the workbook's epoch) and says it is a date only through the
 * cell's number format. These helpers find the date formats of a workbook and turn serials into ISO dates,
 * so that "12/03/2026" in a sheet reads as 2026-03-12 and not as 46093.
 */

/**
 * Built-in number formats that show a date (ECMA-376 §18.8.30): 14–17 and 22 everywhere, 27–31, 36 and
 * 50–58 in the East Asian editions. 18–21 and 45–47 are times of day only, and stay numbers.
 */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a custom format code shows a date: a day or year token outside quoted text, escapes and
 * [colour/condition] sections. Month alone is not enough ("mm" is also minutes in "h:mm").
 */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dy]/i.test(bare);
}

/** The indexes of `cellXfs` (a cell's `s` attribute) whose number format is a date. */
export function dateStyleIndexes(styles: XmlNode | undefined): Set<number> {
  const sheet = child(styles, 'styleSheet');
  const customDates = new Set(
    children(child(sheet, 'numFmts'), 'numFmt')
      .filter((format) => isDateFormatCode(attribute(format, 'formatCode')))
      .map((format) => Number(attribute(format, 'numFmtId'))),
  );
  const indexes = new Set<number>();
  children(child(sheet, 'cellXfs'), 'xf').forEach((xf, index) => {
    const formatId = Number(attribute(xf, 'numFmtId') || 0);
    if (BUILT_IN_DATE_FORMATS.has(formatId) || customDates.has(formatId)) indexes.add(index);
  });
  return indexes;
}

/** `<workbookPr date1904="1"/>`: the workbook counts from 1904 (old Mac Excel, some Numbers exports). */
export function usesDate1904(workbook: XmlNode | undefined): boolean {
  const value = attribute(child(child(workbook, 'workbook'), 'workbookPr') ?? {}, 'date1904');
  return value === '1' || value === 'true';
}

const DAY_MS = 86_400_000;

/**
 * A serial as an ISO date, the time of day dropped; null for what is not a date (negative, not a number,
 * or Excel's 29 February 1900, a day that never was). In the 1900 system Excel counts that day, as Lotus
 * 1-2-3 did, so serials from 61 on are one day ahead of a plain count from 31 December 1899.
 */
export function serialToIsoDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return null;
  const day = Math.floor(serial);
  if (date1904) return new Date(Date.UTC(1904, 0, 1) + day * DAY_MS).toISOString().slice(0, 10);
  if (day === 60 || day === 0) return null;
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + day * DAY_MS).toISOString().slice(0, 10);
}
