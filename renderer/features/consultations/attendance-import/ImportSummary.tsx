import { useTranslation } from 'react-i18next';
import type { AttendanceSheetImportResult } from '../../../../shared/consultations/attendance-sheet';

/** What the import did, announced when it appears. */
export function ImportSummary({ result }: { result: AttendanceSheetImportResult }) {
  const { t } = useTranslation('attendance');
  return (
    <div role="status" className="sheet-summary">
      <h3>{t('sheetImport.doneHeading')}</h3>
      <ul>
        <li>{t('sheetImport.doneCreated', { count: result.peopleCreated })}</li>
        <li>{t('sheetImport.doneLinked', { count: result.peopleLinked })}</li>
        {result.rowsSkipped > 0 && <li>{t('sheetImport.doneSkipped', { count: result.rowsSkipped })}</li>}
        <li>{t('sheetImport.doneAttendees', { count: result.attendeeCount })}</li>
      </ul>
    </div>
  );
}
