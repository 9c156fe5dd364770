import type { ConditionAreasKm2 } from '../../../../shared/baseline/condition-areas';
import type { LandCoverChangeCell, LandCoverExtentRow, LpdCell, PraisTableId, SocStockRow, SummaryIndicator } from '../../../../shared/baseline/schema';
import type { FieldError } from '../../../../shared/command';
import type { PeriodKey } from '../../../../shared/workspace/schema';

/**
 * What one Trends.Earth file would write, worked out before anything is written: the preview shows it,
 * the import applies it. Each table carries the area it is checked against the land area with.
 */
export type TableWrite =
  | { kind: 'extent'; rows: LandCoverExtentRow[] }
  | { kind: 'soc'; rows: SocStockRow[] }
  | { kind: 'change'; periodKey: PeriodKey; cells: LandCoverChangeCell[] }
  | { kind: 'lpd'; periodKey: PeriodKey; cells: LpdCell[] }
  | { kind: 'summary'; indicator: SummaryIndicator; periodKey: PeriodKey; areas: ConditionAreasKm2 }
  | { kind: 'status'; periodKey: PeriodKey; expandedKm2: Record<string, number> };

export interface PlannedTable {
  tableId: PraisTableId;
  periodKey: PeriodKey | null;
  /** The area the table carries (km²); null for tables that are not one area (per-year extents, t/ha). */
  totalKm2: number | null;
  write: TableWrite;
}

export interface PlannedLandType {
  code: string;
  name: string;
  gainsKm2: number;
  lossesKm2: number;
  /** The live land type it updates; null when the import creates it. */
  existingId: string | null;
}

export interface FilePlan {
  tables: PlannedTable[];
  landTypes: PlannedLandType[];
  /** Things left out on purpose (a year PRAIS does not ask for, a SOC total without an extent…). */
  warnings: FieldError[];
  /** Faults that stop the import: nothing is written while there is one. */
  errors: FieldError[];
}
