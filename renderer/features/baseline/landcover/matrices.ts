import { UNCCD_LAND_COVER_CODES, type AssessedCondition } from '../../../../shared/baseline/classes';
import type { ConditionAreasKm2 } from '../../../../shared/baseline/condition-areas';
import type { BaselineData, LandCoverChangeCell, TransitionMatrixVersion } from '../../../../shared/baseline/schema';
import { degradationFromLandCoverChange, type TransitionMatrix } from '../../../../shared/baseline/transition-matrix';
import type { PeriodKey } from '../../../../shared/workspace/schema';

/** A stored matrix version as the rows × columns the shared calculation takes, in UNCCD class order. */
export function toTransitionMatrix(version: TransitionMatrixVersion): TransitionMatrix {
  const meaningOf = (initial: number, final: number): AssessedCondition =>
    version.cells.find((c) => c.initialCode === initial && c.finalCode === final)?.meaning ?? 0;
  return {
    classCodes: UNCCD_LAND_COVER_CODES,
    meanings: UNCCD_LAND_COVER_CODES.map((initial) => UNCCD_LAND_COVER_CODES.map((final) => meaningOf(initial, final))),
  };
}

/** A period's change matrix as rows × columns in UNCCD class order; null unless all 49 cells are stored. */
export function changeMatrixOf(data: BaselineData, period: PeriodKey): number[][] | null {
  const cells: readonly LandCoverChangeCell[] = data.landCoverChange.find((m) => m.periodKey === period)?.cells ?? [];
  if (cells.length !== UNCCD_LAND_COVER_CODES.length ** 2) return null;
  const areaOf = (initial: number, final: number) => cells.find((c) => c.initialCode === initial && c.finalCode === final)?.areaKm2;
  const rows: number[][] = [];
  for (const initial of UNCCD_LAND_COVER_CODES) {
    const row: number[] = [];
    for (const final of UNCCD_LAND_COVER_CODES) {
      const area = areaOf(initial, final);
      if (area === undefined) return null;
      row.push(area);
    }
    rows.push(row);
  }
  return rows;
}

/** SO1-1.T7 as the matrix in force makes it from the period's change matrix, or null without one. */
export function computedLandCoverDegradation(data: BaselineData, period: PeriodKey): ConditionAreasKm2 | null {
  const change = changeMatrixOf(data, period);
  return change ? degradationFromLandCoverChange(toTransitionMatrix(data.transitionMatrix), change) : null;
}
