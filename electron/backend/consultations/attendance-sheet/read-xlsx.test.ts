import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { readXlsx } from './read-xlsx';
import { testZip, type TestZipEntry } from './test-zip';

/** A workbook as .NET's Open XML SDK writes one: every element prefixed, absolute part paths. */
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
  <x:sheets><x:sheet name="Day 1 &amp; 2" sheetId="1" rel:id="R1"/><x:sheet name="Locked" sheetId="2" rel:id="R2"/></x:sheets>
</x:workbook>`;
const RELATIONS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="R1" Type="worksheet" Target="/xl/worksheets/day.xml"/><Relationship Id="R2" Type="worksheet" Target="worksheets/locked.xml"/>
</Relationships>`;
const SHARED_STRINGS = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <si><t>Name</t></si>
  <si><r><t xml:space="preserve">Ōta </t></r><r><rPr><b/></rPr><t>Hiroshi</t></r><rPh sb="0" eb="2"><t>オオタ</t></rPh></si>
</sst>`;
const SHEET = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
  <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Notes</x:t></x:is></x:c></x:row>
  <x:row r="3"><x:c r="A3" t="s"><x:v>1</x:v></x:c><x:c r="B3"><x:v>007</x:v></x:c><x:c r="C3" t="inlineStr"><x:is><x:t>Line one_x000D_&#10;Line two &lt;ok&gt;</x:t></x:is></x:c><x:c r="D3" t="b"><x:v>1</x:v></x:c></x:row>
</x:sheetData></x:worksheet>`;

function workbook(sheetEntry: Partial<TestZipEntry> = {}): Buffer {
  return testZip([
    { name: 'xl/workbook.xml', data: WORKBOOK, deflate: true },
    { name: 'xl/_rels/workbook.xml.rels', data: RELATIONS, deflate: true },
    { name: 'xl/sharedStrings.xml', data: SHARED_STRINGS, deflate: true },
    { name: 'xl/worksheets/day.xml', data: SHEET, deflate: true, ...sheetEntry },
    // Unreadable on purpose: reading another sheet never inflates it.
    { name: 'xl/worksheets/locked.xml', data: SHEET, method: 99 },
  ]);
}

function refusal(read: () => unknown): string | undefined {
  try {
    read();
  } catch (error) {
    if (error instanceof AppError) return error.messageKey;
    throw error;
  }
  return undefined;
}

describe('reading an XLSX worksheet', () => {
  it('reads shared, rich and inline strings, numbers as written and booleans, whatever the namespace prefixes', () => {
    expect(readXlsx(workbook(), undefined)).toEqual({
      sheetNames: ['Day 1 & 2', 'Locked'],
      sheetName: 'Day 1 & 2',
      rows: [
        { rowNumber: 1, cells: ['Name', '', 'Notes'] },
        { rowNumber: 2, cells: [] },
        { rowNumber: 3, cells: ['Ōta Hiroshi', '007', 'Line one\r\nLine two <ok>', 'true'] },
      ],
    });
  });

  it('refuses the chosen sheet when it cannot be read, and one the workbook does not have', () => {
    expect(refusal(() => readXlsx(workbook(), 'Locked'))).toBe('errors:attendanceSheet.corruptXlsx');
    expect(refusal(() => readXlsx(workbook(), 'Day 3'))).toBe('errors:attendanceSheet.sheetNotFound');
  });

  it('refuses a sheet whose header claims fewer bytes than it holds: the XML is cut at the claim', () => {
    expect(refusal(() => readXlsx(workbook({ claimedSize: 300 }), undefined))).toBe('errors:attendanceSheet.corruptXlsx');
  });

  it('says an archive without a workbook is not an XLSX file', () => {
    const document = testZip([{ name: 'word/document.xml', data: '<document/>', deflate: true }]);
    expect(refusal(() => readXlsx(document, undefined))).toBe('errors:attendanceSheet.notXlsx');
  });
});
