import type { LpdCode, NoData } from '../../../../shared/baseline/classes';
import type { ConditionAreasKm2 } from '../../../../shared/baseline/condition-areas';
import { productivityDegradation, sumLpdAreas, type LpdAreasKm2 } from '../../../../shared/baseline/lpd';
import type { BaselineData, LpdCell } from '../../../../shared/baseline/schema';
import type { PeriodKey } from '../../../../shared/workspace/schema';

export const lpdCellsOf = (data: BaselineData, period: PeriodKey): readonly LpdCell[] => data.lpd.find((m) => m.periodKey === period)?.cells ?? [];

/** The LPD areas of one land cover class (a row of SO1-2.T1/T2). */
export function lpdAreasOfClass(cells: readonly LpdCell[], classCode: number): LpdAreasKm2 {
  const areas: LpdAreasKm2 = {};
  for (const cell of cells) if (cell.classCode === classCode) areas[cell.lpdCode as LpdCode | NoData] = (areas[cell.lpdCode as LpdCode | NoData] ?? 0) + cell.areaKm2;
  return areas;
}

/** SO1-2.T3 as the 5 → 3 rule makes it from SO1-2.T1/T2 of the period, or null when that table is empty. */
export function computedProductivityDegradation(data: BaselineData, period: PeriodKey): ConditionAreasKm2 | null {
  const cells = lpdCellsOf(data, period);
  if (cells.length === 0) return null;
  const classes = [...new Set(cells.map((c) => c.classCode))];
  return productivityDegradation(sumLpdAreas(classes.map((code) => lpdAreasOfClass(cells, code))));
}
