import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LandTypeResult } from '../../../shared/worksheets/schema';
import { useFormat } from '../../app/i18n/useFormat';
import { ChartBars } from './ChartBars';
import { BARS_HEIGHT, CHART_WIDTH, inlineStartX, largestValue, layoutBars } from './chartLayout';

/** The scenario's name above its bars, then a gap before the next scenario (chart units). */
const NAME_HEIGHT = 28;
const GROUP_GAP = 18;
const GROUP_HEIGHT = NAME_HEIGHT + BARS_HEIGHT + GROUP_GAP;

export interface ComparedResult {
  scenarioId: string;
  /** The scenario's name, as the comparison table shows it. */
  label: string;
  result: LandTypeResult;
}

/**
 * One land type in several scenarios: a group of the balance chart's bars per scenario, one under the
 * other and all on the same scale, so that a longer bar means more land whichever scenario it is in.
 * The numbers are in the comparison table that follows it.
 */
export function CompareChart({ code, targetYear, compared }: { code: string; targetYear: number; compared: readonly ComparedResult[] }) {
  const { t, i18n } = useTranslation('worksheets');
  const format = useFormat();
  const titleId = useId();
  const descriptionId = useId();
  const direction = i18n.dir(i18n.language);
  const largest = largestValue(compared.map((item) => item.result));
  const height = compared.length * GROUP_HEIGHT - GROUP_GAP;
  return (
    <figure className="balance-chart compare-chart">
      <svg
        className="balance-chart__svg"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        width="100%"
        direction={direction}
        data-direction={direction}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={titleId}>{t('compare.chartTitle', { code, year: format.year(targetYear) })}</title>
        <desc id={descriptionId}>{t('compare.chartDescription')}</desc>
        {compared.map((item, index) => (
          <g key={item.scenarioId} transform={`translate(0 ${index * GROUP_HEIGHT})`} className="compare-chart__scenario" data-scenario={item.scenarioId}>
            <text x={inlineStartX(direction)} y={NAME_HEIGHT / 2} dominantBaseline="central" textAnchor="start" className="compare-chart__name">
              {item.label}
            </text>
            <g transform={`translate(0 ${NAME_HEIGHT})`}>
              <ChartBars bars={layoutBars(item.result, direction, largest)} />
            </g>
          </g>
        ))}
      </svg>
    </figure>
  );
}
