import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttendanceSheetPreviewInput } from '../../../shared/consultations/attendance-sheet';
import { KENYA, useTempBackend } from '../test-support';

const tempBackend = useTempBackend();

function withConsultation() {
  const backend = tempBackend();
  backend.ok('workspace.create', KENYA);
  const consultation = backend.ok('consultations.save', {
    title: 'Validation workshop',
    status: 'held',
    startDate: '2026-03-10',
    modality: 'in_person',
    purpose: 'validation',
  });
  return { ...backend, consultationId: consultation.id };
}

const upload = (fileName: string, bytes: Uint8Array): AttendanceSheetPreviewInput['file'] => ({ fileName, bytesBase64: Buffer.from(bytes).toString('base64') });
const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (bytes: Uint8Array) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);

/** Encodes text in a single-byte Windows code page, as Excel's "CSV (comma delimited)" does. */
function windowsCodePage(label: 'windows-1252' | 'windows-1256', text: string): Buffer {
  const decoder = new TextDecoder(label);
  const byteOf = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) byteOf.set(decoder.decode(new Uint8Array([byte])), byte);
  return Buffer.from([...text].map((char) => byteOf.get(char) ?? 0x3f));
}

const problemKeys = (row: { problems: { messageKey: string }[] } | undefined) => row?.problems.map((problem) => problem.messageKey.replace('errors:attendanceSheet.row.', ''));

describe('consultations.previewAttendanceSheet', () => {
  it('reads a UTF-8 CSV with a byte-order mark and Arabic headers and names', () => {
    const { ok, consultationId } = withConsultation();
    const csv = 'الاسم,الجنس,العمر,المنظمة\r\nفاطمة الزهراء,أنثى,34,وزارة البيئة\r\nمُحَمَّد علي,ذكر,٢٥-٣٤,\r\nمحمد علي,ذكر,,\r\n';
    const preview = ok('consultations.previewAttendanceSheet', { consultationId, file: upload('حضور.csv', withBom(utf8(csv))) });
    expect(preview).toMatchObject({ fileKind: 'csv', headerRowNumber: 1, suggestedMapping: ['name', 'sex', 'ageBand', 'organisation'] });
    expect(preview.rows.map((row) => [row.rowNumber, row.person.name, row.person.sex, row.person.ageBand, row.status])).toEqual([
      [2, 'فاطمة الزهراء', 'female', '25_34', 'new'],
      [3, 'مُحَمَّد علي', 'male', '25_34', 'new'],
      [4, 'محمد علي', 'male', 'undisclosed', 'skipped'],
    ]);
    expect(preview.rows[2]?.problems).toEqual([{ messageKey: 'errors:attendanceSheet.row.duplicateInSheet', params: { row: 3 } }]);
  });

  it('reads a windows-1252 CSV with accented French names, separated by semicolons', () => {
    const { ok, consultationId } = withConsultation();
    const csv = 'Nom et prénom;Sexe;Âge;Organisme;Secteur\r\nHélène Dupré;Femme;18-24;Université de Thiès;Recherche\r\nFrançois Ndiaye;Homme;52;Ministère;Gouvernement\r\nÉlodie Faye;F;65 et plus;ONG Jëf;Société civile\r\n';
    const bytes = windowsCodePage('windows-1252', csv);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const preview = ok('consultations.previewAttendanceSheet', { consultationId, file: upload('presence.csv', bytes) });
    expect(preview.columns.map((column) => column.header)).toEqual(['Nom et prénom', 'Sexe', 'Âge', 'Organisme', 'Secteur']);
    expect(preview.rows.map((row) => row.person)).toEqual([
      expect.objectContaining({ name: 'Hélène Dupré', sex: 'female', ageBand: '18_24', organisation: 'Université de Thiès', sector: 'research' }),
      expect.objectContaining({ name: 'François Ndiaye', sex: 'male', ageBand: '50_64', sector: 'government' }),
      expect.objectContaining({ name: 'Élodie Faye', sex: 'female', ageBand: '65_plus', organisation: 'ONG Jëf', sector: 'cso' }),
    ]);
    expect(preview.rows.every((row) => row.problems.length === 0)).toBe(true);
  });

  it('reads a windows-1256 (Arabic) CSV and a UTF-16 "Unicode text" file', () => {
    const { ok, consultationId } = withConsultation();
    const arabic = ok('consultations.previewAttendanceSheet', {
      consultationId,
      file: upload('a.csv', windowsCodePage('windows-1256', 'الاسم,الجنس\r\nسلمى حداد,أنثى\r\n')),
    });
    expect(arabic.rows[0]?.person).toMatchObject({ name: 'سلمى حداد', sex: 'female' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Имя\tПол\r\nОльга Петрова\tЖенский\r\n', 'utf16le')]);
    const russian = ok('consultations.previewAttendanceSheet', { consultationId, file: upload('r.txt', utf16) });
    expect(russian.rows[0]?.person).toMatchObject({ name: 'Ольга Петрова', sex: 'female' });
  });

  it('reads an XLSX with a title row above the header, empty rows, repeats and unknown sex values', async () => {
    const { ok, consultationId } = withConsultation();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['Printed sign-in sheet']);
    const sheet = workbook.addWorksheet('Attendance');
    sheet.addRow(['Validation workshop, Naivasha, 10 March 2026']);
    sheet.addRow([]);
    sheet.addRow(['No.', 'Full name', 'Sex', 'Age', 'Organization', 'IPLC', 'Youth', 'Signature']);
    sheet.addRow([1, 'Amina Njoroge', 'F', 29, 'KEFRI', 'no', 'yes']);
    sheet.addRow([]);
    sheet.addRow([2, 'Otieno Ouma', 'Mwanaume', 41, 'Farmers of Laikipia', 'X', '']);
    sheet.addRow([3, 'AMINA  NJOROGE', 'female', '25-34', 'kefri']);
    sheet.addRow([4, 'Chen Wei', '?', '', 'UNEP']);
    sheet.addRow([]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const file = upload('attendance.xlsx', bytes);

    const first = ok('consultations.previewAttendanceSheet', { consultationId, file });
    expect(first).toMatchObject({ fileKind: 'xlsx', sheetNames: ['Notes', 'Attendance'], sheetName: 'Notes', rows: [] });

    const preview = ok('consultations.previewAttendanceSheet', { consultationId, file, sheetName: 'Attendance' });
    expect(preview.headerRowNumber).toBe(3);
    expect(preview.suggestedMapping).toEqual([null, 'name', 'sex', 'ageBand', 'organisation', 'iplc', 'youth', null]);
    expect(preview.rows.map((row) => [row.rowNumber, row.status, problemKeys(row)])).toEqual([
      [4, 'new', []],
      [5, 'skipped', ['emptyRow']],
      [6, 'new', ['unknownValue']],
      [7, 'skipped', ['duplicateInSheet']],
      [8, 'new', ['unknownValue']],
    ]);
    expect(preview.rows[2]?.problems[0]?.params).toEqual({ value: 'Mwanaume', column: 'Sex' });
    expect(preview.rows[2]?.person).toMatchObject({ sex: 'undisclosed', ageBand: '35_49', isIplc: true });
  });

  it('writes nothing, and links rows to people already in the register or attending', () => {
    const { ok, consultationId } = withConsultation();
    const amina = ok('consultations.savePerson', { name: 'Amina Njoroge', organisation: 'KEFRI', sector: 'research', sex: 'female' });
    const otieno = ok('consultations.savePerson', { name: 'Otieno Ouma', sector: 'farmers_organisation', sex: 'male' });
    ok('consultations.setAttendance', { consultationId, personIds: [otieno.id] });
    const before = ok('workspace.history', {}).entries.length;

    const csv = 'Name,Organisation,Sex\nAmina Njoroge,kefri,F\nOtieno Ouma,,M\nWanjiru Kamau,KWS,F\n';
    const preview = ok('consultations.previewAttendanceSheet', { consultationId, file: upload('a.csv', utf8(csv)) });
    expect(preview.rows.map((row) => [row.status, row.existingPersonId])).toEqual([
      ['existing', amina.id],
      ['skipped', otieno.id],
      ['new', null],
    ]);
    expect(problemKeys(preview.rows[1])).toEqual(['alreadyAttending']);
    expect(ok('workspace.history', {}).entries.length).toBe(before);
    expect(ok('consultations.listPeople', {}).items).toHaveLength(2);
  });

  it('reads the sheet with the mapping the user chose, and refuses one that does not fit the columns', () => {
    const { ok, fails, consultationId } = withConsultation();
    const file = upload('a.csv', utf8('Participant,Gender,Institution\nAmina,F,KEFRI\n'));
    const preview = ok('consultations.previewAttendanceSheet', { consultationId, file, mapping: ['name', null, 'organisation'] });
    expect(preview.rows[0]?.person).toMatchObject({ name: 'Amina', sex: 'undisclosed', organisation: 'KEFRI' });
    expect(fails('consultations.previewAttendanceSheet', { consultationId, file, mapping: ['name'] }).details?.fields).toEqual([
      { path: ['mapping'], messageKey: 'errors:attendanceSheet.mappingMismatch', params: { columns: 3 } },
    ]);
    expect(fails('consultations.previewAttendanceSheet', { consultationId, file, mapping: ['name', 'name', null] }).details?.fields).toEqual([
      { path: ['mapping'], messageKey: 'errors:attendanceSheet.fieldMappedTwice' },
    ]);
  });

  it('warns that the consultation is held yet dated in the future, and that no column gives names', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-09-01T00:00:00Z'));
    const { ok, consultationId } = withConsultation();
    ok('consultations.save', { id: consultationId, title: 'Later workshop', status: 'held', startDate: '2026-08-30', modality: 'remote', purpose: 'hotspots' });
    vi.setSystemTime(new Date('2026-06-01T00:00:00Z'));
    const preview = ok('consultations.previewAttendanceSheet', { consultationId, file: upload('a.csv', utf8('Sex,Age\nF,30\n')) });
    expect(preview.warnings).toEqual([
      { messageKey: 'errors:attendanceSheet.heldInFuture', params: { date: '2026-08-30' } },
      { messageKey: 'errors:attendanceSheet.noNameColumn' },
    ]);
  });
});

describe('files that are not a readable attendance sheet', () => {
  afterEach(() => vi.useRealTimers());

  async function corruptXlsx(): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['Name']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const broken = bytes.slice();
    broken.fill(0x41, 200, 1200); // overwrites deflated data and headers in the middle
    return broken;
  }

  it.each([
    ['binary garbage', () => Promise.resolve(Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)), 'notASheet'],
    ['an Excel 97–2003 workbook', () => Promise.resolve(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])), 'legacyXls'],
    ['a truncated zip', () => Promise.resolve(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), 'corruptXlsx'],
    ['a corrupt XLSX', corruptXlsx, 'corruptXlsx'],
    ['a sheet of empty lines', () => Promise.resolve(utf8('\n\n,,\n\n')), 'emptySheet'],
  ])('refuses %s on the file field, with a message that says so', async (_, bytes, reason) => {
    const { fails, consultationId } = withConsultation();
    const error = fails('consultations.previewAttendanceSheet', { consultationId, file: upload('x.xlsx', await bytes()) });
    expect(error).toMatchObject({ code: 'validation', messageKey: `errors:attendanceSheet.${reason}`, details: { fields: [{ path: ['file'] }] } });
  });

  it('refuses a CSV with a quotation mark that is never closed, naming the row', () => {
    const { fails, consultationId } = withConsultation();
    const error = fails('consultations.previewAttendanceSheet', { consultationId, file: upload('a.csv', utf8('Name,Organisation\nAmina,"KEFRI\nOtieno,FAO\n')) });
    expect(error).toMatchObject({ messageKey: 'errors:attendanceSheet.unclosedQuote', details: { fields: [{ path: ['file'], params: { row: 2 } }] } });
  });

  it('refuses a file over 5 MB, a sheet over 100 columns and one over 5,000 rows, stating the limit', () => {
    const { dir, fails, consultationId } = withConsultation();
    const big = join(dir, 'big.csv');
    writeFileSync(big, 'Name\n' + 'x'.repeat(5 * 1024 * 1024));
    expect(fails('consultations.previewAttendanceSheet', { consultationId, file: { path: big } })).toMatchObject({
      messageKey: 'errors:attendanceSheet.tooLarge',
      details: { fields: [{ params: { maxMb: 5 } }] },
    });
    const wide = Array.from({ length: 101 }, (_, i) => `Column ${i}`).join(',');
    expect(fails('consultations.previewAttendanceSheet', { consultationId, file: upload('wide.csv', utf8(`${wide}\n`)) }).messageKey).toBe(
      'errors:attendanceSheet.tooManyColumns',
    );
    const long = 'Name\n' + Array.from({ length: 5001 }, (_, i) => `Person ${i}`).join('\n');
    expect(fails('consultations.previewAttendanceSheet', { consultationId, file: upload('long.csv', utf8(long)) })).toMatchObject({
      messageKey: 'errors:attendanceSheet.tooManyRows',
      details: { fields: [{ params: { max: 5000 } }] },
    });
  });

  it('says when a file path leads nowhere, and when a named worksheet does not exist', async () => {
    const { fails, consultationId } = withConsultation();
    expect(fails('consultations.previewAttendanceSheet', { consultationId, file: { path: '/nowhere/sheet.csv' } }).messageKey).toBe('errors:fileNotFound');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['Name']);
    const file = upload('a.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(fails('consultations.previewAttendanceSheet', { consultationId, file, sheetName: 'Day 2' }).messageKey).toBe('errors:attendanceSheet.sheetNotFound');
  });
});

describe('consultations.importAttendanceSheet', () => {
  const SHEET = 'Name,Organisation,Sex,Age,Sector\nAmina Njoroge,KEFRI,F,29,research\n,,,,\nOtieno Ouma,,M,41,Farmers\nWanjiru Kamau,KWS,F,,Government\namina njoroge,kefri,F,29,research\nChen Wei,UNEP,?,,other\n';

  it('imports exactly the confirmed rows, linking people already in the register, in one go', () => {
    const { ok, consultationId } = withConsultation();
    const otieno = ok('consultations.savePerson', { name: 'Otieno Ouma', sector: 'farmers_organisation', sex: 'male' });
    const file = upload('a.csv', utf8(SHEET));
    const preview = ok('consultations.previewAttendanceSheet', { consultationId, file });
    expect(preview.rows.map((row) => [row.rowNumber, row.status])).toEqual([
      [2, 'new'], [3, 'skipped'], [4, 'existing'], [5, 'new'], [6, 'skipped'], [7, 'new'],
    ]);

    // The user unticks Chen Wei (unknown sex) and confirms the rest, the empty row and the repeat included.
    const result = ok('consultations.importAttendanceSheet', { consultationId, file, mapping: preview.mapping, rowNumbers: [2, 3, 4, 5, 6] });
    expect(result).toEqual({ peopleCreated: 2, peopleLinked: 1, rowsSkipped: 2, attendeeCount: 3 });

    const people = ok('consultations.listPeople', {}).items;
    expect(people.map((person) => [person.name, person.sex, person.ageBand, person.sector])).toEqual([
      ['Amina Njoroge', 'female', '25_34', 'research'],
      ['Otieno Ouma', 'male', 'undisclosed', 'farmers_organisation'],
      ['Wanjiru Kamau', 'female', 'undisclosed', 'government'],
    ]);
    expect(ok('consultations.get', { id: consultationId }).attendees.map((person) => person.name)).toEqual(['Amina Njoroge', 'Otieno Ouma', 'Wanjiru Kamau']);
    expect(ok('consultations.get', { id: consultationId }).attendees.map((person) => person.id)).toContain(otieno.id);
  });

  it('imports the same sheet twice without adding anyone twice', () => {
    const { ok, consultationId } = withConsultation();
    const file = upload('a.csv', utf8(SHEET));
    const input = { consultationId, file, mapping: ['name', 'organisation', 'sex', 'ageBand', 'sector'] as const, rowNumbers: [2, 4, 5] };
    ok('consultations.importAttendanceSheet', { ...input, mapping: [...input.mapping] });
    const again = ok('consultations.importAttendanceSheet', { ...input, mapping: [...input.mapping] });
    expect(again).toEqual({ peopleCreated: 0, peopleLinked: 0, rowsSkipped: 3, attendeeCount: 3 });
    expect(ok('consultations.listPeople', {}).items).toHaveLength(3);
  });

  it('refuses a row number the sheet does not have, and then has written nothing', () => {
    const { ok, fails, consultationId } = withConsultation();
    const file = upload('a.csv', utf8(SHEET));
    const error = fails('consultations.importAttendanceSheet', { consultationId, file, mapping: ['name', 'organisation', 'sex', 'ageBand', 'sector'], rowNumbers: [2, 99] });
    expect(error.details?.fields).toEqual([{ path: ['rowNumbers', 1], messageKey: 'errors:attendanceSheet.rowNotInSheet', params: { row: 99 } }]);
    expect(ok('consultations.listPeople', {}).items).toEqual([]);
    expect(ok('consultations.get', { id: consultationId }).attendees).toEqual([]);
  });

  it('requires the mapping and at least one confirmed row', () => {
    const { fails, consultationId } = withConsultation();
    const file = upload('a.csv', utf8(SHEET));
    expect(fails('consultations.importAttendanceSheet', { consultationId, file, rowNumbers: [2] }).code).toBe('validation');
    expect(fails('consultations.importAttendanceSheet', { consultationId, file, mapping: [], rowNumbers: [] }).details?.fields).toContainEqual(
      expect.objectContaining({ path: ['rowNumbers'] }),
    );
  });
});
