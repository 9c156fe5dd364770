import { useTranslation } from 'react-i18next';
import { percentOfLandArea } from '../../../shared/baseline/land-area';
import { periodKey as periodKeys } from '../../../shared/workspace/schema';
import type { WorkspaceSummary } from '../../../shared/workspace/schema';
import { useFormat } from '../../app/i18n/useFormat';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { landAreaForPeriod } from '../baseline/baselineContext';
import { useBaseline } from '../baseline/baselineQueries';
import { summaryOf } from '../baseline/SummaryTable';
import { Bi } from './reportLanguages';
import { ReportPlaceholder, ReportSection } from './ReportSection';

/** SDG 15.3.1 reports three classes; "no data" stays on the Baseline screens. */
const CONDITIONS = [
  ['improved', 'improvedKm2'],
  ['stable', 'stableKm2'],
  ['degraded', 'degradedKm2'],
] as const;

/**
 * The total land area and SDG indicator 15.3.1 of each period in three classes, in km² and as a share of
 * the period's land area, as the Baseline screens compute them (SO1-4.T2).
 */
export function BaselineSummary({ workspace }: { workspace: WorkspaceSummary }) {
  const { t } = useTranslation('baseline');
  const format = useFormat();
  const baseline = useBaseline();
  const percent = (value: number) => t('unit.percent', { value: format.number(value) });
  return (
    <ReportSection titleKey="report:baseline.title">
      {baseline.isPending && <LoadingState />}
      {baseline.isError && <ErrorAlert error={baseline.error} />}
      {baseline.data && baseline.data.summaries.every((summary) => summary.indicator !== 'sdg') && <ReportPlaceholder textKey="report:baseline.empty" />}
      {baseline.data && baseline.data.summaries.some((summary) => summary.indicator === 'sdg') && (
        <>
          <p className="report-figure">
            <Bi k="report:baseline.landArea" />
            <span className="report-figure__value">{format.areaKm2(landAreaForPeriod(baseline.data, 'baseline', workspace.landAreaKm2))}</span>
          </p>
          <table className="data-table report-table">
            <caption>
              <Bi k="report:baseline.sdgTitle" />
            </caption>
            <thead>
              <tr>
                <th scope="col"><Bi k="report:baseline.period" /></th>
                <th scope="col"><Bi k="report:baseline.status" /></th>
                <th scope="col" className="numeric"><Bi k="report:baseline.areaKm2" /></th>
                <th scope="col" className="numeric"><Bi k="report:baseline.percent" /></th>
              </tr>
            </thead>
            <tbody>
              {periodKeys.options.map((period) => {
                const areas = summaryOf(baseline.data, 'sdg', period);
                const land = landAreaForPeriod(baseline.data, period, workspace.landAreaKm2);
                if (!areas) {
                  return (
                    <tr key={period}>
                      <th scope="row"><Bi k={`baseline:period.${period}`} /></th>
                      <td colSpan={3} className="muted"><Bi k="report:baseline.noPeriod" /></td>
                    </tr>
                  );
                }
                return CONDITIONS.map(([condition, field], index) => (
                  <tr key={`${period}-${condition}`}>
                    {index === 0 && (
                      <th scope="rowgroup" rowSpan={CONDITIONS.length}>
                        <Bi k={`baseline:period.${period}`} />
                      </th>
                    )}
                    <th scope="row"><Bi k={`baseline:condition.${condition}`} /></th>
                    <td className="numeric">{format.number(areas[field])}</td>
                    <td className="numeric">{land > 0 ? percent(percentOfLandArea(areas[field], land)) : ''}</td>
                  </tr>
                ));
              })}
            </tbody>
          </table>
        </>
      )}
    </ReportSection>
  );
}
