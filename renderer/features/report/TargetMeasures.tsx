import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/i18n/useFormat';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { scenarioLabel } from '../worksheets/scenarioLabel';
import { useMeasuresForTarget } from '../worksheets/worksheetQueries';
import { Bi } from './reportLanguages';

/** The worksheet measures that work towards one target, one line each, as the target's page lists them. */
export function TargetMeasures({ targetId }: { targetId: string }) {
  const { t } = useTranslation('report');
  const { t: tWorksheets } = useTranslation('worksheets');
  const format = useFormat();
  const measures = useMeasuresForTarget(targetId);
  return (
    <div className="report-target__measures">
      <h4>
        <Bi k="report:targets.measures" />
      </h4>
      {measures.isPending && <LoadingState />}
      {measures.isError && <ErrorAlert error={measures.error} />}
      {measures.data?.items.length === 0 && (
        <p className="muted">
          <Bi k="report:targets.noMeasures" />
        </p>
      )}
      {measures.data && measures.data.items.length > 0 && (
        <ul>
          {measures.data.items.map((measure) => (
            <li key={measure.measureId}>
              {t('targets.measureLine', {
                description: measure.description,
                scenario: scenarioLabel(measure.scenario, tWorksheets),
                landType: measure.landType.code,
                area: format.areaKm2(measure.areaKm2),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
