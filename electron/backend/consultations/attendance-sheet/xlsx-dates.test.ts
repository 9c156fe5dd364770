import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from './read-xlsx';
import { isDateFormatCode, serialToIsoDate } from './xlsx-dates';

/** An attendance sheet written by exceljs, as Excel would save it: dates as serials with a date format. */
async function sheetWithDates(date1904: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  const sheet = workbook.addWorksheet('Attendance');
  sheet.addRow(['Name', 'Consent date', 'Signed at', 'Age']);
  sheet.addRow(['Amina Njoroge', new Date(Date.UTC(2026, 2, 10)), new Date(Date.UTC(2026, 2, 10, 14, 30)), 42]);
  sheet.addRow(['Otieno Ouma', new Date(Date.UTC(2000, 1, 29)), new Date(Date.UTC(2026, 11, 31, 23, 59)), 19]);
  sheet.getColumn(2).numFmt = 'dd/mm/yyyy';
  sheet.getColumn(3).numFmt = '[$-409]d mmm yyyy h:mm;@';
  sheet.getCell('D2').numFmt = '0';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('dates in an XLSX attendance sheet', () => {
  it('reads date cells as ISO dates in the 1900 date system, times of day dropped, numbers left as written', async () => {
    const { rows } = readXlsx(await sheetWithDates(false), undefined);
    expect(rows.map((row) => row.cells)).toEqual([
      ['Name', 'Consent date', 'Signed at', 'Age'],
      ['Amina Njoroge', '2026-03-10', '2026-03-10', '42'],
      ['Otieno Ouma', '2000-02-29', '2026-12-31', '19'],
    ]);
  });

  it('reads them from 1904 when the workbook says so', async () => {
    const { rows } = readXlsx(await sheetWithDates(true), undefined);
    expect(rows[1]?.cells.slice(1, 3)).toEqual(['2026-03-10', '2026-03-10']);
  });

  it('counts serials by hand the way Excel does, its 29 February 1900 included', () => {
    // 1 January 1900 is day 1; Excel also counts a 29 February 1900 (day 60), so 1 March 1900 is day 61.
    expect([1, 59, 61, 45_000].map((serial) => serialToIsoDate(serial, false))).toEqual(['1900-01-01', '1900-02-28', '1900-03-01', '2023-03-15']);
    expect([serialToIsoDate(60, false), serialToIsoDate(-1, false), serialToIsoDate(Number.NaN, false)]).toEqual([null, null, null]);
    // The same day is 1,462 days less from 1904 (four years and a day).
    expect([0, 45_000 - 1462].map((serial) => serialToIsoDate(serial, true))).toEqual(['1904-01-01', '2023-03-15']);
  });

  it('tells date formats from time and number formats', () => {
    expect(['dd/mm/yyyy', 'yyyy-mm-dd', '[$-409]d mmm yyyy', 'mmm d'].map(isDateFormatCode)).toEqual([true, true, true, true]);
    expect(['h:mm', 'mm:ss', '0.00', '"day "0', '[Red]0'].map(isDateFormatCode)).toEqual([false, false, false, false, false]);
  });
});
