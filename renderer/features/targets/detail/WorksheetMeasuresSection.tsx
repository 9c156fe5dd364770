import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../app/i18n/useFormat';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { TableScroll } from '../../../components/TableScroll';
import { scenarioLabel } from '../../worksheets/scenarioLabel';
import { useMeasuresForTarget } from '../../worksheets/worksheetQueries';

/**
 * The response measures of the worksheets that work towards this target, in every scenario, each with a
 * way to its scenario's worksheet. They are linked, and edited, in the measure's own form there.
 */
export function WorksheetMeasuresSection({ targetId }: { targetId: string }) {
  const { t } = useTranslation(['targets', 'worksheets']);
  const { t: tWorksheets } = useTranslation('worksheets');
  const format = useFormat();
  const measures = useMeasuresForTarget(targetId);
  return (
    <section id="worksheetMeasures" className="stack" aria-labelledby="target-worksheet-measures">
      <h2 id="target-worksheet-measures">{t('worksheetMeasures.title')}</h2>
      {measures.isPending && <LoadingState />}
      {measures.isError && <ErrorAlert error={measures.error} />}
      {measures.data?.items.length === 0 && <p className="muted">{t('worksheetMeasures.none')}</p>}
      {measures.data && measures.data.items.length > 0 && (
        <TableScroll label={t('worksheetMeasures.title')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('worksheetMeasures.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('worksheets:field.description')}</th>
                <th scope="col">{t('worksheetMeasures.scenario')}</th>
                <th scope="col">{t('worksheetMeasures.landType')}</th>
                <th scope="col">{t('worksheetMeasures.level')}</th>
                <th scope="col" className="numeric">{t('worksheets:field.areaKm2')}</th>
                <th scope="col">{t('worksheets:field.years')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('worksheetMeasures.worksheet')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {measures.data.items.map((measure) => {
                const scenario = scenarioLabel(measure.scenario, tWorksheets);
                return (
                  <tr key={measure.measureId}>
                    <th scope="row">{measure.description}</th>
                    <td>{scenario}</td>
                    <td>{t('worksheets:landTypeHeading', { code: measure.landType.code, name: measure.landType.name })}</td>
                    <td>{t(`worksheets:step.${measure.level}.title`)}</td>
                    <td className="numeric">{format.areaKm2(measure.areaKm2)}</td>
                    <td className="years">{format.yearRange(measure.startYear, measure.endYear)}</td>
                    <td>
                      <Link
                        to={`/worksheets?scenario=${encodeURIComponent(measure.scenario.id)}`}
                        aria-label={t('worksheetMeasures.openLabel', { scenario, code: measure.landType.code })}
                      >
                        {t('worksheetMeasures.open')}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
