import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/i18n/useFormat';
import { BAR, ROW, type ChartBar } from './chartLayout';

/**
 * The labelled bars of one land type's balance, inside an SVG: the label at the inline start, the bar,
 * then its value. Losses are also hatched, so that they still read as losses on a black-and-white print.
 */
export function ChartBars({ bars }: { bars: readonly ChartBar[] }) {
  const { t } = useTranslation('worksheets');
  const format = useFormat();
  const hatchId = useId();
  return (
    <>
      <defs>
        <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" className="balance-chart__hatch-line" />
        </pattern>
      </defs>
      {bars.map((bar) => {
        const barY = bar.y + (ROW - BAR) / 2;
        return (
          <g key={bar.item} className={`balance-chart__row balance-chart__row--${bar.tone}`} data-item={bar.item}>
            <text x={bar.labelX} y={bar.y + ROW / 2} dominantBaseline="central" textAnchor="start" className="balance-chart__label">
              {t(`balance.${bar.item}`)}
            </text>
            <rect x={bar.barX} y={barY} width={bar.barWidth} height={BAR} className="balance-chart__bar" />
            {bar.tone === 'loss' && <rect x={bar.barX} y={barY} width={bar.barWidth} height={BAR} fill={`url(#${hatchId})`} />}
            <text x={bar.valueX} y={bar.y + ROW / 2} dominantBaseline="central" textAnchor="start" className="balance-chart__value">
              {format.areaKm2(bar.value)}
            </text>
          </g>
        );
      })}
    </>
  );
}
