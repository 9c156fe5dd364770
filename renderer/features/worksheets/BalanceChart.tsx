import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LandTypeResult } from '../../../shared/worksheets/schema';
import { useFormat } from '../../app/i18n/useFormat';

/** The bars of one land type's balance, in the order the balance is worked out. */
export const CHART_ITEMS = ['anticipatedLoss', 'avoided', 'reduced', 'reverseGain', 'net'] as const;
type ChartItem = (typeof CHART_ITEMS)[number];

const VALUE: Record<ChartItem, (result: LandTypeResult) => number> = {
  anticipatedLoss: (r) => r.anticipatedLossKm2,
  avoided: (r) => r.avoidedKm2,
  reduced: (r) => r.reducedKm2,
  reverseGain: (r) => r.reverseGainKm2,
  net: (r) => r.netKm2,
};

/** Losses in the degraded purple-red, gains in the improved green (UNCCD/Trends.Earth); the words and numbers say the same. */
function tone(item: ChartItem, value: number): 'loss' | 'response' | 'gain' {
  if (item === 'anticipatedLoss') return 'loss';
  if (item === 'reverseGain') return 'gain';
  if (item === 'net') return value < 0 ? 'loss' : 'gain';
  return 'response';
}

const WIDTH = 520;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 110;
const BAR_SPACE = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
const ROW = 30;
const BAR = 18;
const GAP = 6;

export interface ChartBar {
  item: ChartItem;
  value: number;
  tone: 'loss' | 'response' | 'gain';
  labelX: number;
  barX: number;
  barWidth: number;
  valueX: number;
  y: number;
}

/**
 * Where each bar goes. Bars grow from the inline start: from the left in left-to-right languages, from
 * the right in Arabic, with the labels at the inline start too. Text is anchored at "start", which SVG
 * reads in the direction of the text, so it follows the same mirror.
 */
export function layoutBars(result: LandTypeResult, direction: 'ltr' | 'rtl'): ChartBar[] {
  const values = CHART_ITEMS.map((item) => VALUE[item](result));
  const largest = Math.max(...values.map(Math.abs));
  return CHART_ITEMS.map((item, index) => {
    const value = values[index] ?? 0;
    const barWidth = largest > 0 ? (Math.abs(value) / largest) * BAR_SPACE : 0;
    const rtl = direction === 'rtl';
    return {
      item,
      value,
      tone: tone(item, value),
      labelX: rtl ? WIDTH : 0,
      barX: rtl ? WIDTH - LABEL_WIDTH - barWidth : LABEL_WIDTH,
      barWidth,
      valueX: rtl ? WIDTH - LABEL_WIDTH - barWidth - GAP : LABEL_WIDTH + barWidth + GAP,
      y: index * ROW,
    };
  });
}

/** A small bar chart of one land type's balance, with the numbers also in a table. */
export function BalanceChart({ code, result, targetYear }: { code: string; result: LandTypeResult; targetYear: number }) {
  const { t, i18n } = useTranslation('worksheets');
  const format = useFormat();
  const titleId = useId();
  const direction = i18n.dir(i18n.language);
  const bars = layoutBars(result, direction);
  const height = bars.length * ROW;
  const label = (item: ChartItem) => t(`balance.${item}`);
  return (
    <figure className="balance-chart">
      <svg
        className="balance-chart__svg"
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        direction={direction}
        data-direction={direction}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={titleId}>{t('chart.title', { code, year: format.year(targetYear) })}</title>
        {bars.map((bar) => (
          <g key={bar.item} className={`balance-chart__row balance-chart__row--${bar.tone}`} data-item={bar.item}>
            <text x={bar.labelX} y={bar.y + ROW / 2} dominantBaseline="central" textAnchor="start" className="balance-chart__label">
              {label(bar.item)}
            </text>
            <rect x={bar.barX} y={bar.y + (ROW - BAR) / 2} width={bar.barWidth} height={BAR} className="balance-chart__bar" />
            <text x={bar.valueX} y={bar.y + ROW / 2} dominantBaseline="central" textAnchor="start" className="balance-chart__value">
              {format.areaKm2(bar.value)}
            </text>
          </g>
        ))}
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
              <th scope="row">{label(bar.item)}</th>
              <td className="numeric">{format.areaKm2(bar.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
