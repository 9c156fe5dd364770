import { useTranslation } from 'react-i18next';
import type { TrendsEarthImport } from '../../../shared/baseline/schema';
import { useFormat } from '../../app/i18n/useFormat';
import { TableScroll } from '../../components/TableScroll';

/** The Trends.Earth files behind the imported tables, with what identifies each one. */
export function ImportsList({ imports }: { imports: readonly TrendsEarthImport[] }) {
  const { t } = useTranslation('baseline');
  const format = useFormat();
  return (
    <section className="card stack" aria-labelledby="baseline-imports-title">
      <h2 id="baseline-imports-title">{t('imports.title')}</h2>
      {imports.length === 0 ? (
        <p className="muted">{t('imports.empty')}</p>
      ) : (
        <TableScroll label={t('imports.title')}>
          <table className="data-table data-table--compact">
            <thead>
              <tr>
                <th scope="col">{t('imports.fileName')}</th>
                <th scope="col">{t('imports.version')}</th>
                <th scope="col">{t('imports.date')}</th>
                <th scope="col">{t('imports.areaOfInterest')}</th>
                <th scope="col">{t('imports.sha256')}</th>
                <th scope="col">{t('imports.importedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {imports.map((file) => (
                <tr key={file.id}>
                  <th scope="row">{file.packageName ? `${file.packageName} › ${file.fileName}` : file.fileName}</th>
                  <td>{file.trendsEarthVersion ?? t('notComputed')}</td>
                  <td>{file.reportDate ? format.dateTime(file.reportDate) : t('notComputed')}</td>
                  <td>{file.areaOfInterestName ?? t('notComputed')}</td>
                  <td>
                    <code title={file.sha256} dir="ltr">
                      {file.sha256.slice(0, 12)}
                    </code>
                  </td>
                  <td>{format.dateTime(file.importedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
