import { useOutletContext } from 'react-router';
import type { BaselineData } from '../../../shared/baseline/schema';
import type { PeriodKey } from '../../../shared/workspace/schema';

/** What every Baseline screen gets from the page: the data and the land area to take percentages of. */
export interface BaselineScreenContext {
  data: BaselineData;
  /** Total land area for a period's percentages (CP-1.T1 of the period's last year, else the workspace's). */
  landAreaKm2: (period: PeriodKey) => number;
}

export const useBaselineScreen = () => useOutletContext<BaselineScreenContext>();

/** The CP-1.T1 year that closes each period: its land area is the one the period's percentages divide by. */
const PERIOD_LAND_YEAR: Record<PeriodKey, number> = { baseline: 2015, report_1: 2019, report_2: 2023 };

export function landAreaForPeriod(data: BaselineData, period: PeriodKey, workspaceLandKm2: number): number {
  return data.landArea.find((row) => row.year === PERIOD_LAND_YEAR[period])?.landKm2 ?? workspaceLandKm2;
}
