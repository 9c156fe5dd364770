import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LandTypeResult } from '../../../shared/worksheets/schema';
import { useFormat } from '../../app/i18n/useFormat';
import { ChartBars } from './ChartBars';
import { BARS_HEIGHT, CHART_WIDTH, layoutBars } from './chartLayout';

/** A small bar chart of one land type's balance, with the numbers also in a table. */
export function BalanceChart({ code, result, targetYear }: { code: string; result: LandTypeResult; targetYear: number }) {
  const { t, i18n } = useTranslation('worksheets');
  const format = useFormat();
  const titleId = useId();
  const direction = i18n.dir(i18n.language);
  const bars = layoutBars(result, direction);
  return (
    <figure className="balance-chart">
      <svg
        className="balance-chart__svg"
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${CHART_WIDTH} ${BARS_HEIGHT}`}
        width="100%"
        direction={direction}
        data-direction={direction}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={titleId}>{t('chart.title', { code, year: format.year(targetYear) })}</title>
        <ChartBars bars={bars} />
      </svg>
      <table className="data-table data-table--compact balance-chart__table">
        <caption>{t('chart.tableCaption', { code })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.item')}</th>
            <th scope="col" className="numeric">{t('chart.area')}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.item}>
              <th scope="row">{t(`balance.${bar.item}`)}</th>
              <td className="numeric">{format.areaKm2(bar.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
