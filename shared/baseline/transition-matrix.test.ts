import { describe, expect, it } from 'vitest';
import { CONDITION } from './classes';
import { degradationFromLandCoverChange, GPG_DEFAULT_TRANSITION_MATRIX, validateChangeMatrix, validateTransitionMatrix, type TransitionMatrix } from './transition-matrix';

const { improved: I, stable: S, degraded: D } = CONDITION;

/** The default matrix restricted to tree-covered, grassland and cropland. */
const TREE_GRASS_CROP: TransitionMatrix = {
  classCodes: [1, 2, 3],
  meanings: GPG_DEFAULT_TRANSITION_MATRIX.meanings.slice(0, 3).map((row) => row.slice(0, 3)),
};

describe('GPG default transition matrix (domain-spec §4.2)', () => {
  it('is 7 × 7 over the UNCCD codes and valid', () => {
    expect(GPG_DEFAULT_TRANSITION_MATRIX.classCodes).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(validateTransitionMatrix(GPG_DEFAULT_TRANSITION_MATRIX)).toEqual([]);
  });

  it('holds the cells of the spec table', () => {
    const m = (from: number, to: number) => GPG_DEFAULT_TRANSITION_MATRIX.meanings[from - 1]![to - 1];
    expect(m(1, 3)).toBe(D); // tree → cropland: deforestation
    expect(m(2, 3)).toBe(I); // grassland → cropland: agricultural expansion
    expect(m(3, 2)).toBe(D); // cropland → grassland: withdrawal of agriculture
    expect(m(4, 1)).toBe(D); // wetland → tree: woody encroachment
    expect(m(5, 6)).toBe(I); // artificial → other land: withdrawal of settlements
    expect(m(6, 5)).toBe(D); // other land → artificial: urban expansion
    for (let c = 1; c <= 7; c++) {
      expect(m(7, c)).toBe(S); // out of water: stable
      expect(m(c, 7)).toBe(S); // into water: stable
      expect(m(c, c)).toBe(S); // no change: stable
    }
  });
});

describe('degradationFromLandCoverChange', () => {
  it('sends each cell of a 3 × 3 change matrix to its meaning', () => {
    // rows = initial (tree, grass, crop), cols = final; meanings [[S,D,D],[I,S,I],[I,D,S]]
    const change = [
      [100, 5, 10],
      [3, 200, 7],
      [2, 4, 300],
    ];
    expect(degradationFromLandCoverChange(TREE_GRASS_CROP, change)).toEqual({
      improvedKm2: 12, // grass→tree 3 + grass→crop 7 + crop→tree 2
      stableKm2: 600, // diagonal 100 + 200 + 300
      degradedKm2: 19, // tree→grass 5 + tree→crop 10 + crop→grass 4
      noDataKm2: 0,
    });
  });

  it('counts 12 improving, 18 degrading and 19 stable transitions in the full default matrix', () => {
    // 1 km² in every cell. Improvements: grass 2 + crop 1 + artificial 5 + other 4 = 12.
    // Degradations: tree 5 + grass 3 + crop 4 + wetland 5 + artificial 0 + other 1 = 18. Stable: 49 − 30 = 19.
    const ones = Array.from({ length: 7 }, () => Array<number>(7).fill(1));
    expect(degradationFromLandCoverChange(GPG_DEFAULT_TRANSITION_MATRIX, ones)).toEqual({ improvedKm2: 12, stableKm2: 19, degradedKm2: 18, noDataKm2: 0 });
  });

  it('refuses a change matrix that does not fit', () => {
    expect(() => degradationFromLandCoverChange(TREE_GRASS_CROP, [[1, 2, 3]])).toThrow(RangeError);
  });
});

describe('validation', () => {
  it('reports unknown and duplicate classes, bad meanings and wrong sizes with their paths', () => {
    const bad: TransitionMatrix = { classCodes: [1, 9, 1], meanings: [[S, D, D], [I, S, 2 as never], [I, D]] };
    expect(validateTransitionMatrix(bad)).toEqual([
      { path: ['classCodes', 1], messageKey: 'errors:baseline.matrix.unknownClass', params: { code: 9 } },
      { path: ['classCodes', 2], messageKey: 'errors:baseline.matrix.duplicateClass', params: { code: 1 } },
      { path: ['meanings', 1, 2], messageKey: 'errors:baseline.matrix.unknownMeaning' },
      { path: ['meanings', 2], messageKey: 'errors:baseline.matrix.wrongSize', params: { expected: 3, actual: 2 } },
    ]);
  });

  it('accepts the codes of a national legend when given', () => {
    const national: TransitionMatrix = { classCodes: [11, 12], meanings: [[S, D], [I, S]] };
    expect(validateTransitionMatrix(national)).toHaveLength(2);
    expect(validateTransitionMatrix(national, [11, 12])).toEqual([]);
  });

  it('reports a missing row, a missing cell and a negative area of a change matrix', () => {
    expect(validateChangeMatrix([[1, 2]], 2)).toEqual([{ path: ['changeMatrixKm2'], messageKey: 'errors:baseline.matrix.wrongSize', params: { expected: 2, actual: 1 } }]);
    expect(validateChangeMatrix([[1, 2], [3]], 2)).toEqual([
      { path: ['changeMatrixKm2', 1], messageKey: 'errors:baseline.matrix.wrongSize', params: { expected: 2, actual: 1 } },
    ]);
    expect(validateChangeMatrix([[1, -2], [3, Number.NaN]], 2)).toEqual([
      { path: ['changeMatrixKm2', 0, 1], messageKey: 'errors:baseline.matrix.negativeArea' },
      { path: ['changeMatrixKm2', 1, 1], messageKey: 'errors:baseline.matrix.negativeArea' },
    ]);
  });
});
