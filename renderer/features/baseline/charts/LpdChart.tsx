import { scaleLinear } from 'd3-scale';
import { useTranslation } from 'react-i18next';
import { UNCCD_LAND_COVER_CODES } from '../../../../shared/baseline/classes';
import type { LpdCell } from '../../../../shared/baseline/schema';
import type { PeriodKey } from '../../../../shared/workspace/schema';
import { useFormat } from '../../../app/i18n/useFormat';
import { landCoverLabel, LPD_COLUMNS, lpdLabel } from '../labels';
import { ChartFigure } from './ChartFigure';

const WIDTH = 720;
const LABEL = 170;
const ROW = 28;
const BAR = 18;

/**
 * SO1-2.T1/T2 as 100 % stacked bars: for each land cover class, the share of each LPD class, from
 * Declining to Increasing. Bars start at the inline start: the left, or the right in Arabic.
 */
export function LpdChart({ cells, periodKey }: { cells: readonly LpdCell[]; periodKey: PeriodKey }) {
  const { t, i18n } = useTranslation('baseline');
  const format = useFormat();
  const rtl = i18n.dir(i18n.language) === 'rtl';
  const period = t(`period.${periodKey}`);
  const areaOf = (classCode: number, lpdCode: number) => cells.find((c) => c.classCode === classCode && c.lpdCode === lpdCode)?.areaKm2 ?? 0;
  const classes = UNCCD_LAND_COVER_CODES.filter((code) => LPD_COLUMNS.some((lpd) => areaOf(code, lpd.code) > 0));
  if (classes.length === 0) return <p className="muted">{t('chart.noData')}</p>;
  const share = (classCode: number, lpdCode: number) => {
    const total = LPD_COLUMNS.reduce((sum, lpd) => sum + areaOf(classCode, lpd.code), 0);
    return total > 0 ? (areaOf(classCode, lpdCode) * 100) / total : 0;
  };
  const x = scaleLinear().domain([0, 100]).range(rtl ? [WIDTH - LABEL, 0] : [LABEL, WIDTH]);
  const height = classes.length * ROW;

  return (
    <ChartFigure
      title={t('chart.lpdTitle', { period })}
      width={WIDTH}
      height={height}
      legend={LPD_COLUMNS.map((lpd) => ({ tone: `lpd-${lpd.key}`, label: lpdLabel(t, lpd.code) }))}
      table={{
        caption: t('chart.lpdTable', { period }),
        rowHeader: t('column.landCoverClass'),
        columns: LPD_COLUMNS.map((lpd) => lpdLabel(t, lpd.code)),
        rows: classes.map((code) => ({ label: landCoverLabel(t, code), cells: LPD_COLUMNS.map((lpd) => t('unit.percent', { value: format.number(share(code, lpd.code)) })) })),
      }}
    >
      {classes.map((code, row) => {
        let start = 0;
        return (
          <g key={code}>
            <text x={rtl ? WIDTH : 0} y={row * ROW + ROW / 2} dominantBaseline="central" textAnchor="start" className="baseline-chart__label">
              {landCoverLabel(t, code)}
            </text>
            {LPD_COLUMNS.map((lpd) => {
              const part = share(code, lpd.code);
              const from = x(start);
              start += part;
              const to = x(start);
              return (
                <rect
                  key={lpd.code}
                  className={`baseline-chart__tone--lpd-${lpd.key}`}
                  x={Math.min(from, to)}
                  y={row * ROW + (ROW - BAR) / 2}
                  width={Math.abs(to - from)}
                  height={BAR}
                />
              );
            })}
          </g>
        );
      })}
    </ChartFigure>
  );
}
