import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LandType } from '../../../shared/landtypes/schema';
import type { Scenario } from '../../../shared/worksheets/schema';
import { useFormat } from '../../app/i18n/useFormat';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { TableScroll } from '../../components/TableScroll';
import { CompareChart, type ComparedResult } from './CompareChart';
import { scenarioLabel } from './scenarioLabel';
import { ObservedHelp, PlannedObservedRows } from './ObservedBalance';
import { useCompare, useObservedBalance } from './worksheetQueries';
import { ResultCells, ResultHeaderCells } from './ResultCells';

/** `worksheets.compare` takes two to six scenarios at a time. */
const MAX_COMPARED = 6;

interface CompareScenariosProps {
  scenarios: readonly Scenario[];
  landTypes: readonly LandType[];
  /** The year chosen on the page; without one, the last year of any of the scenarios compared. */
  targetYear?: number | undefined;
}

/** Two or more scenarios side by side, a chart and a table per land type, all as of the same year. */
export function CompareScenarios({ scenarios, landTypes, targetYear }: CompareScenariosProps) {
  const { t } = useTranslation('worksheets');
  const titleId = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  // Keep the scenarios' own order, and forget any that were deleted meanwhile.
  const chosenIds = scenarios.filter((scenario) => chosen.includes(scenario.id)).map((scenario) => scenario.id);
  const toggle = (id: string, on: boolean) => setChosen((ids) => (on ? [...ids, id] : ids.filter((other) => other !== id)));
  if (scenarios.length < 2) return null;
  return (
    <section className="path-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('compare.title')}</h2>
      <p className="worksheet__help">{t('compare.intro')}</p>
      <fieldset className="compare-choice">
        <legend>{t('compare.choose')}</legend>
        {scenarios.map((scenario) => {
          const checked = chosenIds.includes(scenario.id);
          return (
            <label key={scenario.id} className="radio">
              <input
                type="checkbox"
                checked={checked}
                disabled={!checked && chosenIds.length >= MAX_COMPARED}
                onChange={(event) => toggle(scenario.id, event.target.checked)}
              />
              {scenarioLabel(scenario, t)}
            </label>
          );
        })}
      </fieldset>
      {chosenIds.length >= MAX_COMPARED && <p className="muted">{t('compare.limit', { max: MAX_COMPARED })}</p>}
      {chosenIds.length < 2 ? <p className="muted">{t('compare.chooseMore')}</p> : <Comparison scenarioIds={chosenIds} landTypes={landTypes} targetYear={targetYear} />}
    </section>
  );
}

function Comparison({ scenarioIds, landTypes, targetYear: chosenYear }: { scenarioIds: string[]; landTypes: readonly LandType[]; targetYear: number | undefined }) {
  const { t } = useTranslation('worksheets');
  const format = useFormat();
  const compare = useCompare(scenarioIds, chosenYear);
  // Observed by Trends.Earth, if imported: the same for every scenario, shown once per land type under them.
  const observedBalance = useObservedBalance();
  const observed = observedBalance.data?.items ?? [];
  if (compare.isPending) return <LoadingState />;
  if (compare.isError) return <ErrorAlert error={compare.error} />;
  const { items, targetYear } = compare.data;
  return (
    <div className="compare-results">
      <p>{t('compare.asOf', { year: format.year(targetYear) })}</p>
      {observedBalance.isError && <ErrorAlert error={observedBalance.error} />}
      {observed.length > 0 && <ObservedHelp />}
      <TableScroll label={t('compare.nationalCaption')}>
        <table className="data-table data-table--compact">
          <caption>{t('compare.nationalCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.scenario')}</th>
              <th scope="col" className="numeric">{t('compare.national')}</th>
              <th scope="col" className="numeric">{t('balance.netSumLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map(({ scenario, balance }) => (
              <tr key={scenario.id}>
                <th scope="row">{scenarioLabel(scenario, t)}</th>
                <td className="numeric">
                  {t('compare.nationalValue', {
                    inBalance: format.number(balance.national.landTypesInBalance),
                    count: format.number(balance.national.landTypeCount),
                  })}
                </td>
                <td className="numeric">{format.areaKm2(balance.national.netSumForInformationKm2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {landTypes.map((landType) => {
        const compared = items.flatMap(({ scenario, balance }): ComparedResult[] => {
          const result = balance.landTypes.find((item) => item.landTypeId === landType.id);
          return result ? [{ scenarioId: scenario.id, label: scenarioLabel(scenario, t), result }] : [];
        });
        if (compared.length === 0) return null;
        const caption = t('compare.caption', { code: landType.code });
        const observedHere = observed.find((item) => item.landTypeId === landType.id);
        return (
          <div key={landType.id} className="compare-results__land-type">
            <h3>{t('landTypeHeading', { code: landType.code, name: landType.name })}</h3>
            <CompareChart code={landType.code} targetYear={targetYear} compared={compared} />
            <TableScroll label={caption}>
              <table className="data-table data-table--compact">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('compare.scenario')}</th>
                    <th scope="col" className="numeric">{t('balance.anticipatedLoss')}</th>
                    <th scope="col" className="numeric">{t('balance.avoided')}</th>
                    <th scope="col" className="numeric">{t('balance.reduced')}</th>
                    <ResultHeaderCells />
                  </tr>
                </thead>
                <tbody>
                  {compared.map(({ scenarioId, label, result }) => (
                    <tr key={scenarioId}>
                      <th scope="row">{label}</th>
                      <td className="numeric">{format.areaKm2(result.anticipatedLossKm2)}</td>
                      <td className="numeric">{format.areaKm2(result.avoidedKm2)}</td>
                      <td className="numeric">{format.areaKm2(result.reducedKm2)}</td>
                      <ResultCells result={result} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            {observedHere && (
              <PlannedObservedRows
                code={landType.code}
                planned={compared.map(({ scenarioId, label, result }) => ({ key: scenarioId, label: t('observed.plannedIn', { scenario: label }), result }))}
                observed={observedHere}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}
