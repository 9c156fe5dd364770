import { periodKey } from '../../../../shared/workspace/schema';
import { SdgChart } from '../charts/SdgChart';
import { HelpPanel } from '../help/HelpPanel';
import { MarginalTotalsNote } from '../sdg/MarginalTotalsNote';
import { SdgMethodForm } from '../sdg/SdgMethodForm';
import { SdgSites } from '../sites/SdgSites';
import { StatusTable } from '../sdg/StatusTable';
import { SummaryTable } from '../SummaryTable';

/** Reporting periods after the baseline: those have a status assessment (the baseline status is the baseline itself). */
const REPORTING_PERIODS = periodKey.options.filter((period) => period !== 'baseline');

/** SO1-4: status in seven and three classes, the proportion of degraded land per period, method and confidence, and the T3–T5 sites. */
export function SdgScreen() {
  return (
    <div className="stack">
      <HelpPanel topics={['oneOutAllOut', 'status', 'conditions']} />
      <SdgChart />
      {periodKey.options.map((period) => (
        <SummaryTable key={period} tableId="SO1-4.T2" indicator="sdg" periodKey={period}>
          <MarginalTotalsNote periodKey={period} />
          <SdgMethodForm periodKey={period} />
        </SummaryTable>
      ))}
      {REPORTING_PERIODS.map((period) => (
        <StatusTable key={period} periodKey={period} />
      ))}
      <SdgSites />
    </div>
  );
}
