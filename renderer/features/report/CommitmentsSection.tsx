import { RollupSection } from '../targets/commitments/RollupSection';
import { InLanguages } from './reportLanguages';
import { ReportSection } from './ReportSection';

/** The targets feature's restoration roll-up: the hectares committed, each counted once, and who books them. */
export function CommitmentsSection() {
  return (
    <ReportSection titleKey="report:commitments.title">
      <InLanguages>
        <RollupSection />
      </InLanguages>
    </ReportSection>
  );
}
