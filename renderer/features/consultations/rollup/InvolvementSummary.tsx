import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvolvementSummary as Summary } from '../../../../shared/consultations/rollups';
import { useFormat } from '../../../app/i18n/useFormat';

const COUNTS = ['consultationsHeld', 'attendances', 'participants', 'women', 'men', 'otherOrUndisclosedSex', 'iplc', 'youth', 'decisions', 'decisionsWithDissent'] as const;

/** The figures a PRAIS report can carry about stakeholder involvement: counts only, never a name. */
export function InvolvementSummary({ summary }: { summary: Summary }) {
  const { t } = useTranslation('consultations');
  const format = useFormat();
  // The printable report shows this summary once per report language: a fixed id would repeat.
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('involvement.title')}</h2>
      <p className="muted">{t('involvement.intro')}</p>
      <table className="data-table data-table--compact">
        <caption className="visually-hidden">{t('involvement.title')}</caption>
        <tbody>
          {COUNTS.map((key) => (
            <tr key={key}>
              <th scope="row">{t(`involvement.${key}`)}</th>
              <td className="numeric">{format.number(summary[key])}</td>
            </tr>
          ))}
          {summary.byPurpose.map((item) => (
            <tr key={item.code}>
              <th scope="row">{t('involvement.byPurpose', { purpose: t(`purpose.${item.code}`) })}</th>
              <td className="numeric">{format.number(item.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
