import { useTranslation } from 'react-i18next';
import type { AttendanceSheetPreview, RowStatus } from '../../../../shared/consultations/attendance-sheet';
import { translateKey } from '../../../app/i18n/translateKey';
import { TableScroll } from '../../../components/TableScroll';
import type { AttendanceSheetImport } from './useAttendanceSheetImport';

/** Every row below the header with what importing it does and what is wrong with it; rows can be left out. */
export function PreviewRowsTable({ sheet, preview }: { sheet: AttendanceSheetImport; preview: AttendanceSheetPreview }) {
  const { t, i18n } = useTranslation('attendance');
  const count = (status: RowStatus) => preview.rows.filter((row) => row.status === status).length;
  return (
    <section className="sheet-preview" aria-labelledby="sheet-preview-heading">
      <h3 id="sheet-preview-heading">{t('sheetImport.rowsHeading')}</h3>
      <ul className="sheet-preview__counts">
        <li>{t('sheetImport.countNew', { count: count('new') })}</li>
        <li>{t('sheetImport.countExisting', { count: count('existing') })}</li>
        <li>{t('sheetImport.countSkipped', { count: count('skipped') })}</li>
      </ul>
      <TableScroll label={t('sheetImport.caption')}>
        <table className="table">
          <caption className="visually-hidden">{t('sheetImport.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sheetImport.colInclude')}</th>
              <th scope="col">{t('sheetImport.colRow')}</th>
              <th scope="col">{t('sheetImport.colName')}</th>
              <th scope="col">{t('sheetImport.colOrganisation')}</th>
              <th scope="col">{t('sheetImport.colStatus')}</th>
              <th scope="col">{t('sheetImport.colProblems')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.rowNumber} className={row.problems.length > 0 ? 'sheet-preview__row--flagged' : undefined}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('sheetImport.includeRow', { row: row.rowNumber })}
                    checked={row.status !== 'skipped' && sheet.isSelected(row.rowNumber)}
                    disabled={row.status === 'skipped'}
                    onChange={() => sheet.toggle(row.rowNumber)}
                  />
                </td>
                <td>{row.rowNumber}</td>
                <th scope="row">{row.person.name ?? t('sheetImport.noName')}</th>
                <td>{row.person.organisation}</td>
                <td>{t(`sheetImport.status.${row.status}`)}</td>
                <td>
                  {row.problems.length > 0 && (
                    <ul className="sheet-preview__problems">
                      {row.problems.map((problem) => (
                        <li key={`${problem.messageKey}:${JSON.stringify(problem.params)}`}>{translateKey(i18n, problem.messageKey, problem.params)}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
