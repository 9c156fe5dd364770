import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTENDANCE_SHEET_BYTES, MAX_ATTENDANCE_SHEET_ROWS } from '../../../../shared/consultations/attendance-sheet';
import { FormField } from '../../../components/form/FormField';
import type { KeyedFieldError } from '../../../components/form/schemaResolver';
import type { AttendanceSheetImport } from './useAttendanceSheetImport';
import { fieldErrorAt } from './fileFieldError';
import { readFileAsBase64 } from '../../../components/readFileAsBase64';

const MAX_MB = MAX_ATTENDANCE_SHEET_BYTES / (1024 * 1024);
const ACCEPTED = '.csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Choosing a file reads it at once: the preview shows what an import would do, and writes nothing. */
export function SheetFileField({ sheet }: { sheet: AttendanceSheetImport }) {
  const { t, i18n } = useTranslation('attendance');
  const [tooLarge, setTooLarge] = useState<KeyedFieldError | undefined>();
  const number = new Intl.NumberFormat(i18n.language);

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    // Said before the upload: a file over the limit would only be refused after the wait.
    if (chosen.size > MAX_ATTENDANCE_SHEET_BYTES) {
      setTooLarge({ type: 'client', message: 'errors:attendanceSheet.tooLarge', params: { maxMb: MAX_MB } });
      return;
    }
    setTooLarge(undefined);
    await sheet.readFile({ fileName: chosen.name, bytesBase64: await readFileAsBase64(chosen) });
  }

  return (
    <FormField
      label={t('sheetImport.fileLabel')}
      help={t('sheetImport.fileHelp', { maxMb: number.format(MAX_MB), maxRows: number.format(MAX_ATTENDANCE_SHEET_ROWS) })}
      error={tooLarge ?? fieldErrorAt(sheet.reading.error, 'file')}
    >
      {(control) => <input {...control} type="file" accept={ACCEPTED} onChange={(event) => void onChange(event)} />}
    </FormField>
  );
}
