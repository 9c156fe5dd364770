import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/i18n/useFormat';
import { useConsultationFormat } from '../useConsultationFormat';

export interface ShareRow {
  key: string;
  label: string;
  count: number;
  percent: number | null;
}

/**
 * Counts and percentages with a bar for each. The bars are HTML boxes sized with `inline-size`, so they
 * grow from the inline start and mirror by themselves in Arabic; the numbers say the same as the bars.
 */
export function ShareTable({ caption, rows }: { caption: string; rows: readonly ShareRow[] }) {
  const { t } = useTranslation('consultations');
  const format = useFormat();
  const { percent } = useConsultationFormat();
  return (
    <table className="data-table data-table--compact share-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('rollup.category')}</th>
          <th scope="col" className="numeric">
            {t('rollup.people')}
          </th>
          <th scope="col" className="numeric">
            {t('rollup.percent')}
          </th>
          <th scope="col" aria-hidden="true" />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-code={row.key}>
            <th scope="row">{row.label}</th>
            <td className="numeric">{format.number(row.count)}</td>
            <td className="numeric">{percent(row.percent)}</td>
            <td className="share-table__bar-cell" aria-hidden="true">
              <span className="share-bar">
                <span className="share-bar__fill" style={{ inlineSize: `${row.percent ?? 0}%` }} />
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
