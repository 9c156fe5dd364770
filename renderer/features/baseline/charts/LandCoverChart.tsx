import { scaleBand, scaleLinear } from 'd3-scale';
import { useTranslation } from 'react-i18next';
import { UNCCD_LAND_COVER_CODES } from '../../../../shared/baseline/classes';
import { BASELINE_YEARS, type LandCoverExtentRow } from '../../../../shared/baseline/schema';
import { useFormat } from '../../../app/i18n/useFormat';
import { landCoverLabel } from '../labels';
import { ChartFigure } from './ChartFigure';

const WIDTH = 720;
const HEIGHT = 330;
const MARGIN = { top: 10, bottom: 90, side: 64 };

/**
 * SO1-1.T4 as grouped bars: one group per land cover class, one bar per year. In right-to-left languages
 * the class axis runs from the right and the value axis sits on the right.
 */
export function LandCoverChart({ rows }: { rows: readonly LandCoverExtentRow[] }) {
  const { t, i18n } = useTranslation('baseline');
  const format = useFormat();
  const rtl = i18n.dir(i18n.language) === 'rtl';
  if (rows.length === 0) return <p className="muted">{t('chart.noData')}</p>;
  const years = BASELINE_YEARS.filter((year) => rows.some((row) => row.year === year));
  const areaOf = (year: number, code: number) => rows.find((row) => row.year === year && row.classCode === code)?.areaKm2 ?? 0;
  const plotStart = MARGIN.side;
  const plotEnd = WIDTH - MARGIN.side / 2;
  const x = scaleBand<number>()
    .domain([...UNCCD_LAND_COVER_CODES])
    .range(rtl ? [WIDTH - plotStart, WIDTH - plotEnd] : [plotStart, plotEnd])
    .padding(0.2);
  const inner = scaleBand<number>().domain(years).range([0, x.bandwidth()]).padding(0.05);
  const largest = Math.max(...rows.map((row) => row.areaKm2), 1);
  const y = scaleLinear().domain([0, largest]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const axisX = rtl ? WIDTH - plotStart + 4 : plotStart - 4;
  const [gridFrom, gridTo] = rtl ? [WIDTH - plotEnd, WIDTH - plotStart] : [plotStart, plotEnd];

  return (
    <ChartFigure
      title={t('chart.landCoverTitle')}
      width={WIDTH}
      height={HEIGHT}
      legend={years.map((year, index) => ({ tone: `series-${index}`, label: format.year(year) }))}
      table={{
        caption: t('chart.landCoverTable'),
        rowHeader: t('column.landCoverClass'),
        columns: years.map((year) => format.year(year)),
        rows: UNCCD_LAND_COVER_CODES.map((code) => ({ label: landCoverLabel(t, code), cells: years.map((year) => format.number(areaOf(year, code))) })),
      }}
    >
      {y.ticks(5).map((tick) => (
        <g key={tick} className="baseline-chart__grid">
          <line x1={gridFrom} x2={gridTo} y1={y(tick)} y2={y(tick)} />
          <text x={axisX} y={y(tick)} dominantBaseline="central" textAnchor="end" className="baseline-chart__tick">
            {format.number(tick)}
          </text>
        </g>
      ))}
      {UNCCD_LAND_COVER_CODES.map((code) => {
        const groupX = x(code) ?? 0;
        return (
          <g key={code}>
            {years.map((year, index) => {
              // In right-to-left order the first year is the rightmost bar of its group.
              const offset = inner(year) ?? 0;
              const barX = rtl ? groupX + x.bandwidth() - offset - inner.bandwidth() : groupX + offset;
              const value = areaOf(year, code);
              return (
                <rect
                  key={year}
                  className={`baseline-chart__tone--series-${index}`}
                  x={barX}
                  y={y(value)}
                  width={inner.bandwidth()}
                  height={HEIGHT - MARGIN.bottom - y(value)}
                />
              );
            })}
            {/* Slanted away from the bars, so long class names do not run into each other; mirrored in RTL. */}
            <text
              x={groupX + x.bandwidth() / 2}
              y={HEIGHT - MARGIN.bottom + 12}
              textAnchor="end"
              transform={`rotate(${rtl ? 25 : -25} ${groupX + x.bandwidth() / 2} ${HEIGHT - MARGIN.bottom + 12})`}
              className="baseline-chart__label"
            >
              {landCoverLabel(t, code)}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}
