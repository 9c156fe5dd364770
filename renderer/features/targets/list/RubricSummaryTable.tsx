import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/i18n/useFormat';
import { TableScroll } from '../../../components/TableScroll';
import { GradeMark } from '../rubric/GradeMark';
import { useRubricSummary } from '../targetQueries';

/** For the working group: how many targets meet, partly meet or miss each criterion of decision 13/COP.15. */
export function RubricSummaryTable() {
  const { t } = useTranslation('targets');
  const format = useFormat();
  const summary = useRubricSummary().data;
  if (!summary || summary.targetCount === 0) return null;
  return (
    <section className="targets-summary">
      <h2>{t('summary.title')}</h2>
      <p className="muted">{t('summary.intro', { total: summary.targetCount })}</p>
      <TableScroll label={t('summary.title')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('summary.criterion')}</th>
              <th scope="col"><GradeMark grade="pass" /></th>
              <th scope="col"><GradeMark grade="partial" /></th>
              <th scope="col"><GradeMark grade="missing" /></th>
            </tr>
          </thead>
          <tbody>
            {summary.criteria.map((row) => (
              <tr key={row.criterion}>
                <th scope="row">{t(`rubric.${row.criterion}.title`)}</th>
                <td className="numeric">{t('summary.ofTargets', { n: format.number(row.pass), total: format.number(summary.targetCount) })}</td>
                <td className="numeric">{format.number(row.partial)}</td>
                <td className="numeric">{format.number(row.missing)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
