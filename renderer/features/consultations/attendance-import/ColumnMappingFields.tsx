import { useTranslation } from 'react-i18next';
import { ATTENDANCE_FIELDS, type AttendanceField } from '../../../../shared/consultations/attendance-synonyms';
import type { AttendanceSheetPreview } from '../../../../shared/consultations/attendance-sheet';
import { FieldMessage } from '../../../components/form/FieldMessage';
import { FormField } from '../../../components/form/FormField';
import type { AttendanceSheetImport } from './useAttendanceSheetImport';
import { fieldErrorAt } from './fileFieldError';

/** The mapping column by column, pre-filled with the suggestion; each change reads the sheet again. */
export function ColumnMappingFields({ sheet, preview }: { sheet: AttendanceSheetImport; preview: AttendanceSheetPreview }) {
  const { t } = useTranslation('attendance');
  const mappingError = fieldErrorAt(sheet.reading.error, 'mapping');

  // A field chosen for a second column moves there: each field comes from one column only.
  const choose = (column: number, field: AttendanceField | null) =>
    void sheet.remap(preview.mapping.map((current, index) => (index === column ? field : current === field ? null : current)));

  return (
    <fieldset className="sheet-mapping" aria-describedby={mappingError ? 'sheet-mapping-help sheet-mapping-error' : 'sheet-mapping-help'}>
      <legend>{t('sheetImport.columnsHeading')}</legend>
      <p id="sheet-mapping-help" className="field__help">
        {t('sheetImport.columnsHelp', { row: preview.headerRowNumber })}
      </p>
      {preview.sheetNames.length > 1 && (
        <FormField label={t('sheetImport.worksheet')}>
          {(control) => (
            <select {...control} value={preview.sheetName ?? ''} onChange={(event) => void sheet.chooseSheet(event.target.value)}>
              {preview.sheetNames.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <div className="sheet-mapping__columns">
        {preview.columns.map((column, index) => (
          <FormField
            // Columns have no id of their own: the mapping is keyed by position too.
            key={index}
            label={column.header ? t('sheetImport.column', { header: column.header }) : t('sheetImport.columnNumber', { number: index + 1 })}
            help={column.samples.length > 0 ? t('sheetImport.samples', { samples: column.samples.join(', ') }) : undefined}
          >
            {(control) => (
              <select
                {...control}
                value={preview.mapping[index] ?? ''}
                disabled={sheet.reading.pending}
                onChange={(event) => choose(index, event.target.value === '' ? null : (event.target.value as AttendanceField))}
              >
                <option value="">{t('sheetImport.ignore')}</option>
                {ATTENDANCE_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {t(`sheetImport.field.${field}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        ))}
      </div>
      <FieldMessage id="sheet-mapping-error" error={mappingError} />
    </fieldset>
  );
}
