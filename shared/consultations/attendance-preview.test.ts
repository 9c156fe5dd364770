import { describe, expect, it } from 'vitest';
import { previewRows, sheetLayout, suggestField, suggestMapping, type SheetRow } from './attendance-preview';

const rows = (...cells: string[][]): SheetRow[] => cells.map((row, index) => ({ rowNumber: index + 1, cells: row }));
const NOBODY = { register: [], attending: new Set<string>() };

describe('attendance sheet headers', () => {
  it.each([
    ['Name', 'name'], ['Nom et prénom', 'name'], ['Nombre', 'name'], ['الاسم', 'name'], ['Имя', 'name'], ['姓名', 'name'],
    ['Sexe', 'sex'], ['Género', 'sex'], ['الجنس', 'sex'], ['Пол', 'sex'], ['性别', 'sex'],
    ['Âge', 'ageBand'], ['Age group', 'ageBand'], ['الفئة العمرية', 'ageBand'], ['年龄段', 'ageBand'],
    ['Organisation name', 'organisation'], ['Institución', 'organisation'], ['单位', 'organisation'],
    ['Secteur', 'sector'], ['IPLC', 'iplc'], ['Jeunes', 'youth'], ['E-mail', 'email'], ['Téléphone', 'phone'],
    ['Signature', null],
  ])('reads header %j as %s', (header, field) => {
    expect(suggestField(header)).toBe(field);
  });

  it('maps each field once, the leftmost column first', () => {
    expect(suggestMapping(['No.', 'Name', 'Full name', 'Sex'])).toEqual([null, 'name', null, 'sex']);
  });

  it('finds the header below a title row and drops trailing empty rows', () => {
    const layout = sheetLayout(
      rows(['Validation workshop, Naivasha'], [], ['No', 'Nom', 'Sexe', 'Âge'], ['1', 'Hélène', 'F', '34'], ['', '', '', ''], ['2', 'Paul', 'H', '70'], ['', ''], []),
    );
    expect(layout?.headerRowNumber).toBe(3);
    expect(layout?.suggestedMapping).toEqual([null, 'name', 'sex', 'ageBand']);
    expect(layout?.body.map((row) => row.rowNumber)).toEqual([4, 5, 6]);
    expect(layout?.columns[1]).toEqual({ header: 'Nom', samples: ['Hélène', 'Paul'] });
  });

  it('has no layout for a sheet with nothing in it', () => {
    expect(sheetLayout(rows([], ['', '']))).toBeUndefined();
  });
});

describe('attendance sheet rows', () => {
  const sheet = rows(
    ['Name', 'Organisation', 'Sex', 'Age', 'Youth', 'Email'],
    ['Amina Njoroge', 'KEFRI', 'F', '29', 'yes', 'amina@kefri.org'],
    ['', '', '', '', '', ''],
    ['  amina   njoroge ', 'kefri', 'Female', '29', '', ''],
    ['Otieno Ouma', 'Farmers', 'Mwanaume', '130', 'maybe', 'not-an-email'],
    ['', 'KFS', 'M', '', '', ''],
    ['Wanjiru Kamau', '', 'F', '', '', ''],
    ['Joseph Mwangi', 'KFS', 'M', '', '', ''],
  );

  function preview() {
    const layout = sheetLayout(sheet);
    if (!layout) throw new Error('no layout');
    return previewRows(layout, layout.suggestedMapping, {
      register: [
        { id: 'p-wanjiru', name: 'Wanjiru  Kamau', organisation: 'KWS' },
        { id: 'p-joseph', name: 'joseph mwangi', organisation: 'KFS' },
        { id: 'p-erased', name: null, organisation: null },
      ],
      attending: new Set(['p-joseph']),
    });
  }

  it('reads a clean row as a new person with its codes', () => {
    expect(preview()[0]).toEqual({
      rowNumber: 2,
      status: 'new',
      existingPersonId: null,
      problems: [],
      person: { name: 'Amina Njoroge', organisation: 'KEFRI', sex: 'female', ageBand: '25_34', sector: 'other', isIplc: false, isYouth: true, email: 'amina@kefri.org', phone: null },
    });
  });

  it('skips and reports an empty row', () => {
    expect(preview()[1]).toMatchObject({ rowNumber: 3, status: 'skipped', problems: [{ messageKey: 'errors:attendanceSheet.row.emptyRow' }] });
  });

  it('skips a repeat of the same name and organisation, whatever the case and spacing, naming the first row', () => {
    expect(preview()[2]).toMatchObject({
      rowNumber: 4,
      status: 'skipped',
      problems: [{ messageKey: 'errors:attendanceSheet.row.duplicateInSheet', params: { row: 2 } }],
    });
  });

  it('names each unknown value and its column, and leaves out what the register would refuse', () => {
    const otieno = preview()[3];
    expect(otieno?.status).toBe('new');
    expect(otieno?.person).toMatchObject({ sex: 'undisclosed', ageBand: 'undisclosed', isYouth: false, email: null });
    expect(otieno?.problems).toEqual([
      { messageKey: 'errors:attendanceSheet.row.unknownValue', params: { value: 'Mwanaume', column: 'Sex' } },
      { messageKey: 'errors:attendanceSheet.row.unknownValue', params: { value: '130', column: 'Age' } },
      { messageKey: 'errors:attendanceSheet.row.unknownValue', params: { value: 'maybe', column: 'Youth' } },
      { messageKey: 'errors:attendanceSheet.row.invalidValue', params: { value: 'not-an-email', column: 'Email' } },
    ]);
  });

  it('keeps a row without a name as a counted participant, and says the name is missing', () => {
    expect(preview()[4]).toMatchObject({ status: 'new', person: { name: null, sex: 'male' }, problems: [{ messageKey: 'errors:attendanceSheet.row.missingName' }] });
  });

  it('links to the only register entry of that name when the row gives no organisation', () => {
    expect(preview()[5]).toMatchObject({ status: 'existing', existingPersonId: 'p-wanjiru', problems: [] });
  });

  it('skips someone already attending', () => {
    expect(preview()[6]).toMatchObject({
      status: 'skipped',
      existingPersonId: 'p-joseph',
      problems: [{ messageKey: 'errors:attendanceSheet.row.alreadyAttending' }],
    });
  });

  it('matches names that differ only by Arabic marks', () => {
    const layout = sheetLayout(rows(['الاسم'], ['مُحَمَّد علي'], ['محمد علي']));
    if (!layout) throw new Error('no layout');
    const [first, second] = previewRows(layout, layout.suggestedMapping, NOBODY);
    expect([first?.status, second?.status]).toEqual(['new', 'skipped']);
  });
});
