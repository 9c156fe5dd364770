import { useTranslation } from 'react-i18next';
import type { TrendsEarthPreview } from '../../../../shared/baseline/schema';
import { translateKey } from '../../../app/i18n/translateKey';
import { useFormat } from '../../../app/i18n/useFormat';
import { titleWithPeriod } from '../labels';

/** Step 1: what the file is and what importing it would fill, replace and create; nothing is written yet. */
export function ImportPreview({ preview }: { preview: TrendsEarthPreview }) {
  const { t, i18n } = useTranslation('baseline');
  const format = useFormat();
  return (
    <div className="import-preview stack">
      <h3>{t('import.files')}</h3>
      <ul className="import-preview__files">
        {preview.files.map((file) => (
          <li key={file.sha256 + file.fileName}>
            <strong>{file.fileName}</strong>
            <dl className="import-preview__facts">
              <dt>{t('imports.version')}</dt>
              <dd>{file.trendsEarthVersion ?? t('notComputed')}</dd>
              <dt>{t('imports.date')}</dt>
              <dd>{file.reportDate ? format.dateTime(file.reportDate) : t('notComputed')}</dd>
              <dt>{t('imports.areaOfInterest')}</dt>
              <dd>{file.areaOfInterestName ?? t('notComputed')}</dd>
              <dt>{t('imports.sha256')}</dt>
              <dd>
                <code dir="ltr">{file.sha256.slice(0, 12)}</code>
              </dd>
            </dl>
            {file.alreadyImported && <p className="badge badge--warning">{t('import.alreadyImported')}</p>}
          </li>
        ))}
      </ul>
      {preview.tables.length > 0 && (
        <>
          <h3>{t('import.tables')}</h3>
          <ul className="import-preview__tables">
            {preview.tables.map((table) => (
              <li key={`${table.tableId}-${table.periodKey ?? ''}`}>
                <span className="prais-table__id">{table.tableId}</span> {titleWithPeriod(t, table.tableId, table.periodKey)}
                {table.totalKm2 !== null && <> · {format.areaKm2(table.totalKm2)}</>}
                {table.replacesNational && (
                  <>
                    {' '}
                    <span className="badge badge--warning">{t('import.replacesNational')}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {preview.landTypes.length > 0 && (
        <>
          <h3>{t('import.landTypes')}</h3>
          <ul>
            {preview.landTypes.map((landType) => {
              const params = { name: landType.name, gains: format.areaKm2(landType.gainsKm2), losses: format.areaKm2(landType.lossesKm2) };
              return <li key={landType.name}>{landType.exists ? t('import.landTypeUpdated', params) : t('import.landTypeNew', params)}</li>;
            })}
          </ul>
        </>
      )}
      {preview.warnings.length > 0 && (
        <>
          <h3>{t('import.warnings')}</h3>
          <ul className="import-preview__warnings">
            {preview.warnings.map((warning, index) => (
              <li key={index}>
                {translateKey(i18n, warning.messageKey, warning.params)}
                {warning.path.length > 0 && (
                  <>
                    {' '}
                    <code dir="ltr">{t('import.at', { path: warning.path.join('.') })}</code>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
