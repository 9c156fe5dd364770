import type { CommandName } from '../../../shared/contract';
import { useCommandMutation, useCommandQuery } from '../../app/backend/commandQueries';

/** Every baseline write can change any baseline table, the matrix versions, and (counterbalancing) the land types. */
const AFTER_BASELINE_WRITE: readonly CommandName[] = ['baseline.get', 'baseline.transitionMatrixVersions', 'landtypes.list'];

type BaselineWrite = Extract<
  CommandName,
  | 'baseline.saveLandArea'
  | 'baseline.saveLandCoverExtent'
  | 'baseline.saveLandCoverChange'
  | 'baseline.saveLpd'
  | 'baseline.saveSocStocks'
  | 'baseline.saveSummary'
  | 'baseline.saveSdgMethod'
  | 'baseline.saveTransitionCell'
  | 'baseline.resetTransitionMatrix'
  | 'baseline.saveNationalLegend'
  | 'baseline.saveRegions'
  | 'baseline.saveSource'
  | 'baseline.deleteSource'
  | 'baseline.importTrendsEarth'
>;

export function useBaseline() {
  return useCommandQuery('baseline.get', {});
}

/** The versions of the national matrix, or of a region's with `regionId`. */
export function useTransitionMatrixVersions(regionId?: string) {
  return useCommandQuery('baseline.transitionMatrixVersions', regionId === undefined ? {} : { regionId });
}

export function useBaselineMutation<N extends BaselineWrite>(name: N) {
  return useCommandMutation(name, { invalidates: AFTER_BASELINE_WRITE });
}
