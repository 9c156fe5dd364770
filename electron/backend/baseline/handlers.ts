import type { Handlers } from '../handler-types';
import { legendHandlers } from './legend-handlers';
import { assertRegion } from './legends';
import { readBaseline } from './repository';
import { saveHandlers } from './saves';
import { siteHandlers } from './sites';
import { sourceHandlers } from './sources';
import { resetTransitionMatrix, saveTransitionCell, transitionMatrixVersions } from './transition-matrix';
import { trendsEarthHandlers } from './trends-earth-handlers';

type MatrixCommand = 'baseline.get' | 'baseline.saveTransitionCell' | 'baseline.resetTransitionMatrix' | 'baseline.transitionMatrixVersions';

const matrixHandlers: Handlers<MatrixCommand> = {
  'baseline.get': (_input, session) => readBaseline(session.workspace()),
  'baseline.saveTransitionCell': ({ regionId, ...cell }, session) => {
    const ws = session.workspace();
    saveTransitionCell(ws, cell, assertRegion(ws, regionId));
    return readBaseline(ws);
  },
  'baseline.resetTransitionMatrix': ({ regionId }, session) => {
    const ws = session.workspace();
    resetTransitionMatrix(ws, assertRegion(ws, regionId));
    return readBaseline(ws);
  },
  'baseline.transitionMatrixVersions': ({ regionId }, session) => {
    const ws = session.workspace();
    return { items: transitionMatrixVersions(ws, assertRegion(ws, regionId)) };
  },
};

/** The Baseline section: PRAIS tables with provenance, the transition matrices, legends, data sources and Trends.Earth import. */
export const baselineHandlers = { ...matrixHandlers, ...legendHandlers, ...saveHandlers, ...sourceHandlers, ...siteHandlers, ...trendsEarthHandlers };
