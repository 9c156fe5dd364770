import type { Handlers } from '../handler-types';
import { readBaseline } from './repository';
import { saveHandlers } from './saves';
import { sourceHandlers } from './sources';
import { resetTransitionMatrix, saveTransitionCell, transitionMatrixVersions } from './transition-matrix';
import { trendsEarthHandlers } from './trends-earth-handlers';

type MatrixCommand = 'baseline.get' | 'baseline.saveTransitionCell' | 'baseline.resetTransitionMatrix' | 'baseline.transitionMatrixVersions';

const matrixHandlers: Handlers<MatrixCommand> = {
  'baseline.get': (_input, session) => readBaseline(session.workspace()),
  'baseline.saveTransitionCell': (cell, session) => {
    const ws = session.workspace();
    saveTransitionCell(ws, cell);
    return readBaseline(ws);
  },
  'baseline.resetTransitionMatrix': (_input, session) => {
    const ws = session.workspace();
    resetTransitionMatrix(ws);
    return readBaseline(ws);
  },
  'baseline.transitionMatrixVersions': (_input, session) => ({ items: transitionMatrixVersions(session.workspace()) }),
};

/** The Baseline section: PRAIS tables with provenance, the transition matrix, data sources and Trends.Earth import. */
export const baselineHandlers = { ...matrixHandlers, ...saveHandlers, ...sourceHandlers, ...trendsEarthHandlers };
