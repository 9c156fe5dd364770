import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { PackageTable } from './table';
import { columnName, tablesToXlsx } from './xlsx-writer';

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('tablesToXlsx', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('writes text as text (markup and all scripts intact) and numbers as numbers, past column Z', async () => {
    const wide = Array.from({ length: 30 }, (_, i) => `c${i}`);
    const tables: PackageTable[] = [
      { id: 'SO1-1.T1', slug: 'processes', columns: ['process', 'other_title'], rows: [['other', 'Érosion <ravines> & "gullies"\u0007 — تعرية / эрозия / 侵蚀'], ['deforestation', null]] },
      { id: 'SO1-1.T4', slug: 'wide', columns: wide, rows: [wide.map((_, i) => i + 0.25)] },
    ];
    const workbook = await readBack(tablesToXlsx(tables));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['SO1-1.T1', 'SO1-1.T4']);
    const processes = workbook.getWorksheet('SO1-1.T1')!;
    // The bell character cannot exist in XML 1.0 and is dropped; everything else survives.
    expect(processes.getCell('B2').value).toBe('Érosion <ravines> & "gullies" — تعرية / эрозия / 侵蚀');
    expect(processes.getCell('B3').value).toBeNull();
    const extent = workbook.getWorksheet('SO1-1.T4')!;
    expect(extent.getCell('AD1').value).toBe('c29');
    expect(extent.getCell('AD2').value).toBe(29.25);
  });

  it('writes the same bytes for the same tables', () => {
    const tables: PackageTable[] = [{ id: 'CP-1.T1', slug: 'land_area', columns: ['year', 'total_land_km2'], rows: [[2015, 569140]] }];
    expect(Buffer.from(tablesToXlsx(tables)).equals(Buffer.from(tablesToXlsx(tables)))).toBe(true);
  });
});
