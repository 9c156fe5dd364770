import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateKey } from '../../../app/i18n/translateKey';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormDialog } from '../../../components/FormDialog';
import { ColumnMappingFields } from './ColumnMappingFields';
import { isUnplacedError } from './fileFieldError';
import { ImportSummary } from './ImportSummary';
import { PreviewRowsTable } from './PreviewRowsTable';
import { SheetFileField } from './SheetFileField';
import { useAttendanceSheetImport } from './useAttendanceSheetImport';
import './attendance-import.css';

/** Opens the attendance-sheet import for one consultation; closing the dialog forgets the file. */
export function AttendanceImportButton({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation('attendance');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('sheetImport.button')}
      </button>
      <FormDialog open={open} onClose={() => setOpen(false)} title={t('sheetImport.title')} description={t('sheetImport.description')}>
        {open && <ImportSteps consultationId={consultationId} onClose={() => setOpen(false)} />}
      </FormDialog>
    </>
  );
}

function ImportSteps({ consultationId, onClose }: { consultationId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation(['attendance', 'common']);
  const sheet = useAttendanceSheetImport(consultationId);
  const { preview, result, importing } = sheet;

  if (result) {
    return (
      <>
        <ImportSummary result={result} />
        <div className="form-actions">
          <button type="button" className="button button--primary" onClick={onClose}>
            {t('sheetImport.close')}
          </button>
        </div>
      </>
    );
  }
  return (
    <form
      className="sheet-import"
      onSubmit={(event) => {
        event.preventDefault();
        sheet.confirm();
      }}
    >
      <SheetFileField sheet={sheet} />
      {sheet.reading.pending && (
        <p role="status" className="loading-state">
          {t('sheetImport.reading')}
        </p>
      )}
      {isUnplacedError(sheet.reading.error) && <ErrorAlert title={t('sheetImport.readFailed')} error={sheet.reading.error} />}
      {preview && (
        <>
          {preview.warnings.length > 0 && (
            <div role="alert" className="alert sheet-import__warnings">
              {preview.warnings.map((warning) => (
                <p key={warning.messageKey}>{translateKey(i18n, warning.messageKey, warning.params)}</p>
              ))}
            </div>
          )}
          <ColumnMappingFields sheet={sheet} preview={preview} />
          <PreviewRowsTable sheet={sheet} preview={preview} />
        </>
      )}
      {importing.isError && <ErrorAlert title={t('sheetImport.importFailed')} error={importing.error} />}
      <div className="form-actions">
        {preview && (
          <button type="submit" className="button button--primary" disabled={sheet.selected.length === 0 || importing.isPending || sheet.reading.pending}>
            {importing.isPending ? t('sheetImport.importing') : t('sheetImport.confirm', { count: sheet.selected.length })}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
