import type { TFunction } from 'i18next';
import { LPD_CLASSES, NO_DATA, UNCCD_LAND_COVER_CLASSES } from '../../../shared/baseline/classes';
import type { PraisTableId } from '../../../shared/baseline/schema';
import type { PeriodKey } from '../../../shared/workspace/schema';

type BaselineT = TFunction<'baseline'>;

/** i18next reads dots as key separators, so a PRAIS ID is looked up with its dot as an underscore. */
const tableKey = (id: PraisTableId) => id.replace('.', '_') as 'CP-1_T1';

export const tableTitle = (t: BaselineT, id: PraisTableId) => t(`table.${tableKey(id)}`);

/** A table's title with its period, for the tables PRAIS repeats per period. */
export function titleWithPeriod(t: BaselineT, id: PraisTableId, period: PeriodKey | null) {
  const title = tableTitle(t, id);
  return period === null ? title : t('tableTitlePeriod', { title, period: t(`period.${period}`) });
}

/** The caption of a PRAIS table: its ID first, as PRAIS prints it, then its title and period. */
export const tableCaption = (t: BaselineT, id: PraisTableId, period: PeriodKey | null) =>
  t('tableCaption', { id, title: titleWithPeriod(t, id, period) });

export const landCoverLabel = (t: BaselineT, code: number) =>
  t(`class.${UNCCD_LAND_COVER_CLASSES.find((c) => c.code === code)?.key ?? 'other_land'}`);

/** The five LPD classes and "No data", in PRAIS column order. */
export const LPD_COLUMNS: readonly { code: number; key: string }[] = [...LPD_CLASSES, { code: NO_DATA, key: 'noData' }];

export const lpdLabel = (t: BaselineT, code: number) => t(`lpd.${(LPD_COLUMNS.find((c) => c.code === code)?.key ?? 'noData') as 'noData'}`);

/** The four areas of a 3-class summary, in PRAIS row order. */
export const CONDITION_ROWS = [
  { key: 'improvedKm2', label: 'improved' },
  { key: 'stableKm2', label: 'stable' },
  { key: 'degradedKm2', label: 'degraded' },
  { key: 'noDataKm2', label: 'noData' },
] as const;
