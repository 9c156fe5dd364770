import type { FieldError } from '../command';
import { CONDITION, UNCCD_LAND_COVER_CODES, type AssessedCondition } from './classes';
import { addConditionArea, NO_AREAS, type ConditionAreasKm2 } from './condition-areas';

/**
 * A land-cover transition matrix (domain-spec §4.2): `meanings[i][j]` is what a change from
 * `classCodes[i]` (initial, row) to `classCodes[j]` (final, column) means, in the te_schemas encoding
 * degradation −1, stable 0, improvement +1 (§2.3 `LCTransitionMeaningDeg`).
 */
export interface TransitionMatrix {
  classCodes: readonly number[];
  meanings: readonly (readonly AssessedCondition[])[];
}

const D = CONDITION.degraded;
const S = CONDITION.stable;
const I = CONDITION.improved;

/**
 * The GPG default matrix (§4.2, identical to Trends.Earth's `land_cover_transition_matrix_unccd.json`),
 * rows and columns in UNCCD class order: tree-covered, grassland, cropland, wetland, artificial, other
 * land, water body. Every transition into or out of water is stable. The GPG calls it an example that a
 * Party adapts, so the app copies it into an editable, versioned matrix rather than editing this one.
 */
export const GPG_DEFAULT_TRANSITION_MATRIX: TransitionMatrix = Object.freeze({
  classCodes: UNCCD_LAND_COVER_CODES,
  meanings: [
    /* tree-covered */ [S, D, D, D, D, D, S],
    /* grassland    */ [I, S, I, D, D, D, S],
    /* cropland     */ [I, D, S, D, D, D, S],
    /* wetland      */ [D, D, D, S, D, D, S],
    /* artificial   */ [I, I, I, I, S, I, S],
    /* other land   */ [I, I, I, I, D, S, S],
    /* water body   */ [S, S, S, S, S, S, S],
  ],
});

const MEANINGS: readonly number[] = [D, S, I];

/**
 * Checks that a matrix is usable (§2.3 validation of `LCTransitionDefinitionDeg`): distinct class codes,
 * none of them "No data", each one known (`knownCodes`, default the seven UNCCD classes; a national legend
 * passes its own), and exactly n × n meanings, each −1, 0 or +1. Returns problems with their path.
 */
export function validateTransitionMatrix(matrix: TransitionMatrix, knownCodes: readonly number[] = UNCCD_LAND_COVER_CODES): FieldError[] {
  const problems: FieldError[] = [];
  matrix.classCodes.forEach((code, i) => {
    if (!knownCodes.includes(code)) problems.push({ path: ['classCodes', i], messageKey: 'errors:baseline.matrix.unknownClass', params: { code } });
    else if (matrix.classCodes.indexOf(code) !== i) problems.push({ path: ['classCodes', i], messageKey: 'errors:baseline.matrix.duplicateClass', params: { code } });
  });
  problems.push(...validateSquare(matrix.meanings, matrix.classCodes.length, 'meanings', (v) => MEANINGS.includes(v), 'errors:baseline.matrix.unknownMeaning'));
  return problems;
}

/**
 * Checks that a land-cover change matrix (SO1-1.T5/T6) fits a transition matrix of `size` classes: n × n
 * areas in km², each finite and ≥ 0.
 */
export function validateChangeMatrix(changeMatrixKm2: readonly (readonly number[])[], size: number): FieldError[] {
  return validateSquare(changeMatrixKm2, size, 'changeMatrixKm2', (v) => Number.isFinite(v) && v >= 0, 'errors:baseline.matrix.negativeArea');
}

function validateSquare(
  rows: readonly (readonly number[])[],
  size: number,
  name: string,
  cellIsValid: (value: number) => boolean,
  invalidCellKey: string,
): FieldError[] {
  if (rows.length !== size) return [{ path: [name], messageKey: 'errors:baseline.matrix.wrongSize', params: { expected: size, actual: rows.length } }];
  const problems: FieldError[] = [];
  rows.forEach((row, i) => {
    if (row.length !== size) {
      problems.push({ path: [name, i], messageKey: 'errors:baseline.matrix.wrongSize', params: { expected: size, actual: row.length } });
      return;
    }
    row.forEach((value, j) => {
      if (!cellIsValid(value)) problems.push({ path: [name, i, j], messageKey: invalidCellKey });
    });
  });
  return problems;
}

/**
 * Land-cover degradation areas (SO1-1.T7) from a change matrix: each cell's area goes to the meaning the
 * transition matrix gives that cell (§4.2; te_algorithms `calc_deg_lc`). Rows and columns of the change
 * matrix are in the transition matrix's class order. "No data" pixels are not in a class-by-class change
 * matrix, so `noDataKm2` stays 0 here; the caller adds the no-data area it knows.
 * Throws if the matrices do not fit: check them first with the two validators above.
 */
export function degradationFromLandCoverChange(matrix: TransitionMatrix, changeMatrixKm2: readonly (readonly number[])[]): ConditionAreasKm2 {
  const problems = [...validateTransitionMatrix(matrix, matrix.classCodes), ...validateChangeMatrix(changeMatrixKm2, matrix.classCodes.length)];
  if (problems.length > 0) throw new RangeError(`Transition or change matrix is invalid: ${problems.map((p) => p.messageKey).join(', ')}`);
  let areas = NO_AREAS;
  changeMatrixKm2.forEach((row, i) =>
    row.forEach((areaKm2, j) => {
      areas = addConditionArea(areas, matrix.meanings[i]![j]!, areaKm2);
    }),
  );
  return areas;
}
