import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { parseMatrixCellSubjectId, type MatrixCell } from '../../../../shared/consultations/decision-subject-id';
import type { Consultation } from '../../../../shared/consultations/consultation';
import type { Decision } from '../../../../shared/consultations/outcomes';
import { useDecisionsFor } from '../../consultations/consultationQueries';
import { useBaseline } from '../baselineQueries';
import { useMatrixCellLabel } from '../../consultations/subjectLabels';
import { useConsultationFormat } from '../../consultations/useConsultationFormat';

interface CellDecision {
  consultation: Consultation;
  decision: Decision;
}

/**
 * Under SO1-1.T3: the consultation decisions linked to cells of the national matrix and of the regions'
 * own matrices, matrix by matrix and cell by cell, each with the consultation it was taken at. Decisions name a cell by its classes, so they
 * stay with the cell whatever version of the matrix is in force.
 */
export function TransitionMatrixDecisions() {
  const { t } = useTranslation('consultations');
  const cellLabel = useMatrixCellLabel();
  const { dateRange } = useConsultationFormat();
  const answer = useDecisionsFor('transition_matrix_cell');
  // The national matrix first, then the regions' in the order the regions are listed.
  const regionIds = (useBaseline().data?.regions ?? []).map((region) => region.id);
  const matrixOrder = ({ regionId }: MatrixCell) => (regionId === null ? -1 : regionIds.includes(regionId) ? regionIds.indexOf(regionId) : regionIds.length);
  const byCell = new Map<string, CellDecision[]>();
  for (const { consultation, decisions } of answer.data?.items ?? []) {
    for (const decision of decisions) byCell.set(decision.subjectId ?? '', [...(byCell.get(decision.subjectId ?? '') ?? []), { consultation, decision }]);
  }
  const cells = [...byCell.keys()]
    .map((subjectId) => ({ subjectId, cell: parseMatrixCellSubjectId(subjectId) }))
    .filter((entry) => entry.cell !== null)
    .sort((a, b) => matrixOrder(a.cell!) - matrixOrder(b.cell!) || a.cell!.initialCode - b.cell!.initialCode || a.cell!.finalCode - b.cell!.finalCode);

  return (
    <section className="card stack" aria-labelledby="matrix-decisions-title">
      <h3 id="matrix-decisions-title">{t('matrixDecisions.title')}</h3>
      {answer.isSuccess && cells.length === 0 && <p className="muted">{t('matrixDecisions.empty')}</p>}
      {cells.length > 0 && (
        <dl className="matrix-decisions">
          {cells.map(({ subjectId, cell }) => (
            <div key={subjectId}>
              <dt>{cellLabel(cell!)}</dt>
              {byCell.get(subjectId)!.map(({ consultation, decision }) => (
                <dd key={decision.id}>
                  {decision.text}
                  {decision.dissent && <span className="decisions-behind__dissent"> {t('decisions.dissentValue', { dissent: decision.dissent })}</span>}{' '}
                  <span className="muted">
                    (<Link to={`/consultations/${consultation.id}`}>{consultation.title}</Link>, {dateRange(consultation.startDate, consultation.endDate)})
                  </span>
                </dd>
              ))}
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
