import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useRollup } from '../consultations/consultationQueries';
import { InvolvementSummary } from '../consultations/rollup/InvolvementSummary';
import { InLanguages } from './reportLanguages';
import { ReportPlaceholder, ReportSection } from './ReportSection';

/** How stakeholders were involved, in counts only (never a name), as the consultations' roll-up gives them. */
export function ConsultationsSection() {
  const rollup = useRollup();
  return (
    <ReportSection titleKey="report:consultations.title">
      {rollup.isPending && <LoadingState />}
      {rollup.isError && <ErrorAlert error={rollup.error} />}
      {rollup.data?.involvement.consultationsHeld === 0 && <ReportPlaceholder textKey="report:consultations.empty" />}
      {rollup.data && rollup.data.involvement.consultationsHeld > 0 && (
        <InLanguages>
          <InvolvementSummary summary={rollup.data.involvement} />
        </InLanguages>
      )}
    </ReportSection>
  );
}
