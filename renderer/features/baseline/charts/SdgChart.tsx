import { scaleBand, scaleLinear } from 'd3-scale';
import { useTranslation } from 'react-i18next';
import { percentOfLandArea } from '../../../../shared/baseline/land-area';
import { periodKey as periodKeys } from '../../../../shared/workspace/schema';
import { useFormat } from '../../../app/i18n/useFormat';
import { useBaselineScreen } from '../baselineContext';
import { summaryOf } from '../SummaryTable';
import { ChartFigure } from './ChartFigure';

const WIDTH = 520;
const HEIGHT = 240;
const MARGIN = { top: 20, bottom: 40, side: 56 };

/** SO1-4.T2 as bars: the proportion of degraded land in each period, in per cent of the total land area. */
export function SdgChart() {
  const { t, i18n } = useTranslation('baseline');
  const format = useFormat();
  const { data, landAreaKm2 } = useBaselineScreen();
  const rtl = i18n.dir(i18n.language) === 'rtl';
  const points = periodKeys.options.flatMap((period) => {
    const areas = summaryOf(data, 'sdg', period);
    const land = landAreaKm2(period);
    return areas && land > 0 ? [{ period, percent: percentOfLandArea(areas.degradedKm2, land) }] : [];
  });
  if (points.length === 0) return <p className="muted">{t('chart.noData')}</p>;
  const x = scaleBand<string>()
    .domain(points.map((p) => p.period))
    .range(rtl ? [WIDTH - MARGIN.side, MARGIN.side / 2] : [MARGIN.side, WIDTH - MARGIN.side / 2])
    .padding(0.3);
  const y = scaleLinear()
    .domain([0, Math.max(...points.map((p) => p.percent), 1)])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const axisX = rtl ? WIDTH - MARGIN.side + 4 : MARGIN.side - 4;
  const percent = (value: number) => t('unit.percent', { value: format.number(value) });

  return (
    <ChartFigure
      title={t('chart.sdgTitle')}
      width={WIDTH}
      height={HEIGHT}
      table={{
        caption: t('chart.sdgTable'),
        rowHeader: t('column.period'),
        columns: [t('chart.degradedPercent')],
        rows: points.map((p) => ({ label: t(`period.${p.period}`), cells: [percent(p.percent)] })),
      }}
    >
      {y.ticks(4).map((tick) => (
        <text key={tick} x={axisX} y={y(tick)} dominantBaseline="central" textAnchor="end" className="baseline-chart__tick">
          {percent(tick)}
        </text>
      ))}
      {points.map((p) => {
        const barX = x(p.period) ?? 0;
        return (
          <g key={p.period}>
            <rect className="baseline-chart__tone--degraded" x={barX} y={y(p.percent)} width={x.bandwidth()} height={HEIGHT - MARGIN.bottom - y(p.percent)} />
            <text x={barX + x.bandwidth() / 2} y={y(p.percent) - 6} textAnchor="middle" className="baseline-chart__value">
              {percent(p.percent)}
            </text>
            <text x={barX + x.bandwidth() / 2} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle" className="baseline-chart__label">
              {t(`period.${p.period}`)}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}
