import { describe, expect, it } from 'vitest';
import { GPG_DEFAULT_TRANSITION_MATRIX } from '../../../shared/baseline/transition-matrix';
import { useTempBackend } from '../test-support';
import { baselineWorkspace } from './test-fixture';

const tempBackend = useTempBackend();

/** The meaning of the transition initial → final in a version's cells. */
const meaningOf = (cells: { initialCode: number; finalCode: number; meaning: number }[], initial: number, final: number) =>
  cells.find((c) => c.initialCode === initial && c.finalCode === final)?.meaning;

describe('transition matrix versions (SO1-1.T3)', () => {
  it('a fresh workspace reads the GPG default as version 1 without writing anything', () => {
    const w = baselineWorkspace(tempBackend);
    const before = w.changeLogCount();
    const { transitionMatrix } = w.ok('baseline.get', {});
    expect(transitionMatrix).toMatchObject({ version: 1, isGpgDefault: true });
    expect(transitionMatrix.cells).toHaveLength(49);
    // Grassland → tree-covered is an improvement, tree-covered → cropland a degradation (§4.2).
    expect(meaningOf(transitionMatrix.cells, 2, 1)).toBe(1);
    expect(meaningOf(transitionMatrix.cells, 1, 3)).toBe(-1);
    expect(w.ok('baseline.transitionMatrixVersions', {}).items).toHaveLength(1);
    expect(w.changeLogCount()).toBe(before);
  });

  it('each cell edit makes a new version with its rationale; the earlier versions stay', () => {
    const w = baselineWorkspace(tempBackend);
    w.ok('baseline.saveTransitionCell', { initialCode: 2, finalCode: 3, meaning: -1, rationale: 'Conversion of rangeland to rain-fed crops degrades soils here.' });
    const data = w.ok('baseline.saveTransitionCell', { initialCode: 1, finalCode: 7, meaning: -1, rationale: 'Dams flood forest.' });
    expect(data.transitionMatrix).toMatchObject({ version: 3, isGpgDefault: false });
    expect(meaningOf(data.transitionMatrix.cells, 2, 3)).toBe(-1);
    expect(data.transitionMatrix.cells.find((c) => c.initialCode === 2 && c.finalCode === 3)?.rationale).toMatch(/rangeland/);

    const versions = w.ok('baseline.transitionMatrixVersions', {}).items;
    expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(meaningOf(versions[1]!.cells, 1, 7)).toBe(0);
    expect(meaningOf(versions[2]!.cells, 2, 3)).toBe(GPG_DEFAULT_TRANSITION_MATRIX.meanings[1]![2]);
    expect(versions[2]!.isGpgDefault).toBe(true);
  });

  it('reset makes a new version equal to the GPG default', () => {
    const w = baselineWorkspace(tempBackend);
    w.ok('baseline.saveTransitionCell', { initialCode: 2, finalCode: 3, meaning: -1, rationale: 'Local evidence.' });
    const { transitionMatrix } = w.ok('baseline.resetTransitionMatrix', {});
    expect(transitionMatrix).toMatchObject({ version: 3, isGpgDefault: true });
    const versions = w.ok('baseline.transitionMatrixVersions', {}).items;
    expect(transitionMatrix.cells).toEqual(versions[2]!.cells);
  });

  it('refuses a cell edit without a rationale', () => {
    const w = baselineWorkspace(tempBackend);
    const error = w.fails('baseline.saveTransitionCell', { initialCode: 2, finalCode: 3, meaning: -1, rationale: '  ' });
    expect(error.details?.fields?.[0]?.path).toEqual(['rationale']);
  });
});
