import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../../../shared/consultations/person';
import { App } from '../../../app/App';
import { createI18n } from '../../../app/i18n/createI18n';
import type { Language } from '../../../../shared/i18n/languages';
import { createInMemoryBackend, fakeWorkspace, refuse, settingsIn, type Handlers } from '../../../test/inMemoryBackend';
import { emptyConsultations } from '../../../test/inMemoryConsultations';
import { descriptionOf } from '../../../test/renderApp';
import { consultation, person } from '../testFixtures';
import { AttendanceImportButton } from './AttendanceImportButton';

/**
 * The button alone on a page, against the in-memory backend (renderer/test/inMemoryAttendanceSheet.ts:
 * CSV read with the real shared rules; decoding, XLSX and the SQLite writes are tested in the backend).
 */
function renderImport({ people = [], handlers = {}, language = 'en' }: { people?: Person[]; handlers?: Handlers; language?: Language } = {}) {
  const workshop = consultation();
  const fake = createInMemoryBackend(
    { settings: settingsIn(language), workspace: fakeWorkspace(), consultations: { ...emptyConsultations(), people, consultations: [workshop] } },
    handlers,
  );
  const router = createMemoryRouter([{ path: '/', element: <AttendanceImportButton consultationId={workshop.id} /> }]);
  render(<App backend={fake.backend} i18n={createI18n(language)} router={router} />);
  return { ...fake, consultationId: workshop.id, user: userEvent.setup() };
}

const SHEET = [
  'Atelier de validation, Thiès',
  'Nom,Sexe,Âge,Organisme,Signature',
  'Hélène Dupré,F,34,Université de Thiès,',
  ',,,,',
  'Moussa Diop,Mwanaume,41,FAO,',
  'hélène  dupré,Femme,34,université de thiès,',
  'Awa Ndiaye,F,,ONG Jëf,',
].join('\n');

const csvFile = (text: string) => new File([text], 'presence.csv', { type: 'text/csv' });

async function openAndRead(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.click(await screen.findByRole('button', { name: 'Import attendance sheet' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import an attendance sheet' });
  await user.upload(within(dialog).getByLabelText(/^Sheet file/), file);
  return dialog;
}

describe('importing an attendance sheet', () => {
  it('states the limits, suggests a field for each column and flags every row, importing nothing yet', async () => {
    const { user, inputsOf, state } = renderImport({ people: [person({ name: 'Awa Ndiaye', organisation: 'ONG Jëf' })] });
    await user.click(await screen.findByRole('button', { name: 'Import attendance sheet' }));
    expect(descriptionOf(screen.getByLabelText(/^Sheet file/))).toContain('At most 5 MB and 5,000 rows.');
    await user.upload(screen.getByLabelText(/^Sheet file/), csvFile(SHEET));

    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByText('Choose the register field each column fills. The column names were found in row 2.')).toBeTruthy();
    expect(within(dialog).getByRole('combobox', { name: 'Column “Nom”' })).toHaveProperty('value', 'name');
    expect(within(dialog).getByRole('combobox', { name: 'Column “Âge”' })).toHaveProperty('value', 'ageBand');
    expect(within(dialog).getByRole('combobox', { name: 'Column “Signature”' })).toHaveProperty('value', '');

    const rowOf = (name: string) => within(dialog).getByRole('rowheader', { name }).closest('tr')!;
    expect(within(rowOf('Hélène Dupré')).getByText('New person')).toBeTruthy();
    expect(within(rowOf('Moussa Diop')).getByText('“Mwanaume” in column “Sexe” is not a value we know: it is not used.')).toBeTruthy();
    expect(within(rowOf('hélène dupré')).getByText('Same name and organisation as row 3: skipped.')).toBeTruthy();
    expect(within(rowOf('Awa Ndiaye')).getByText('In the register: will be linked')).toBeTruthy();
    expect(within(dialog).getByText('Empty row: skipped.')).toBeTruthy();
    expect(within(dialog).getByText('New people: 2')).toBeTruthy();
    expect(within(dialog).getByRole('checkbox', { name: 'Import row 4' })).toHaveProperty('disabled', true);
    expect(inputsOf('consultations.importAttendanceSheet')).toEqual([]);
    expect(state.consultations.people).toHaveLength(1);
    expect(state.consultations.attendance).toEqual([]);
  });

  it('imports only the rows left ticked, with the mapping shown, then says what it did', async () => {
    const { user, inputsOf, state, consultationId } = renderImport();
    const dialog = await openAndRead(user, csvFile(SHEET));
    await user.click(await within(dialog).findByRole('checkbox', { name: 'Import row 5' }));
    expect(state.consultations.people).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Import the selected rows (2)' }));
    expect(await within(dialog).findByText('Import done')).toBeTruthy();
    expect(within(dialog).getByText('New people in the register: 2')).toBeTruthy();
    expect(inputsOf('consultations.importAttendanceSheet')).toEqual([
      expect.objectContaining({ consultationId, mapping: ['name', 'sex', 'ageBand', 'organisation', null], rowNumbers: [3, 7] }),
    ]);
    expect(state.consultations.people.map((entry) => [entry.name, entry.sex, entry.ageBand])).toEqual([
      ['Hélène Dupré', 'female', '25_34'],
      ['Awa Ndiaye', 'female', 'undisclosed'],
    ]);
    expect(state.consultations.attendance).toHaveLength(2);
  });

  it('reads the sheet again when a column is given another field', async () => {
    const { user, inputsOf } = renderImport();
    const dialog = await openAndRead(user, csvFile(SHEET));
    await user.selectOptions(await within(dialog).findByRole('combobox', { name: 'Column “Sexe”' }), 'Do not import');
    expect(inputsOf('consultations.previewAttendanceSheet').at(-1)?.mapping).toEqual(['name', null, 'ageBand', 'organisation', null]);
    expect(within(dialog).queryByText(/is not a value we know/)).toBeNull();

    // Choosing a field another column has moves it: one column per field.
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Column “Signature”' }), 'Name');
    expect(inputsOf('consultations.previewAttendanceSheet').at(-1)?.mapping).toEqual([null, null, 'ageBand', 'organisation', 'name']);
  });

  it('says at the file field that a file is too large, without sending it', async () => {
    const { user, inputsOf } = renderImport();
    const dialog = await openAndRead(user, new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'huge.csv'));
    expect(descriptionOf(within(dialog).getByLabelText(/^Sheet file/))).toContain('The file is larger than 5 MB.');
    expect(inputsOf('consultations.previewAttendanceSheet')).toEqual([]);
  });

  it('puts the backend’s reason for refusing a file at the file field', async () => {
    const { user } = renderImport({
      handlers: {
        'consultations.previewAttendanceSheet': () => {
          throw refuse('validation', 'errors:attendanceSheet.legacyXls', [{ path: ['file'], messageKey: 'errors:attendanceSheet.legacyXls' }]);
        },
      },
    });
    const dialog = await openAndRead(user, csvFile('old'));
    const field = within(dialog).getByLabelText(/^Sheet file/);
    await screen.findByText(/Excel 97–2003/);
    expect(descriptionOf(field)).toContain('This is an Excel 97–2003 workbook (.xls).');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).queryByRole('button', { name: /Import the selected rows/ })).toBeNull();
  });

  it('reads right to left in Arabic, with the statuses and problems in Arabic', async () => {
    const { user } = renderImport({ language: 'ar' });
    await user.click(await screen.findByRole('button', { name: 'استيراد ورقة حضور' }));
    const dialog = await screen.findByRole('dialog', { name: 'استيراد ورقة حضور' });
    await user.upload(within(dialog).getByLabelText(/^ملف الورقة/), csvFile('الاسم,الجنس\nفاطمة,أنثى\nمحمد,؟\n'));
    const row = (await within(dialog).findByRole('rowheader', { name: 'محمد' })).closest('tr')!;
    expect(within(row).getByText('شخص جديد')).toBeTruthy();
    expect(within(row).getByText('«؟» في العمود «الجنس» ليست قيمة معروفة: لن تُستخدم.')).toBeTruthy();
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
  });
});
