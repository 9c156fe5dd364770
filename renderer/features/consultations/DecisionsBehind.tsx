import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SubjectType } from '../../../shared/consultations/codes';
import { useFormat } from '../../app/i18n/useFormat';
import { useDecisionsFor } from './consultationQueries';
import { useConsultationFormat } from './useConsultationFormat';

interface DecisionsBehindProps {
  subjectType: SubjectType;
  subjectId: string;
  /** How the record is named to a screen reader, e.g. "land type CL-1". */
  recordLabel: string;
}

/**
 * The consultations and decisions behind one record (a land type, a measure, a target, a land-use plan), folded
 * away under a count so that it fits in a table cell. Shows nothing when no decision names the record.
 * Reusable by any feature: give it the subject type and id the decisions are linked with.
 */
export function DecisionsBehind({ subjectType, subjectId, recordLabel }: DecisionsBehindProps) {
  const { t } = useTranslation('consultations');
  const format = useFormat();
  const { dateRange } = useConsultationFormat();
  const answer = useDecisionsFor(subjectType, subjectId);
  const items = answer.data?.items ?? [];
  if (items.length === 0) return null;
  const decisionCount = items.reduce((sum, item) => sum + item.decisions.length, 0);
  return (
    <details className="decisions-behind">
      <summary aria-label={t('decisionsBehind.summaryLabel', { record: recordLabel, n: format.number(decisionCount) })}>
        {t('decisionsBehind.summary', { n: format.number(decisionCount) })}
      </summary>
      <ul className="decisions-behind__list">
        {items.map(({ consultation, decisions }) => (
          <li key={consultation.id}>
            <Link to={`/consultations/${consultation.id}`}>{consultation.title}</Link>{' '}
            <span className="muted">({dateRange(consultation.startDate, consultation.endDate)})</span>
            <ul>
              {decisions.map((decision) => (
                <li key={decision.id}>
                  {decision.text}
                  {decision.dissent && <span className="decisions-behind__dissent"> {t('decisions.dissentValue', { dissent: decision.dissent })}</span>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}
