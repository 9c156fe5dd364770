import type { CommandName } from '../../../../shared/contract';
import { useCommandMutation, useCommandQuery } from '../../../app/backend/commandQueries';

type SitesWrite = Extract<CommandName, 'baseline.saveProcesses' | 'baseline.saveFalsePosNeg' | 'baseline.saveHotBrightSpot' | 'baseline.deleteSite' | 'baseline.restoreSite'>;

/** SO1-1.T1 processes and the SO1-4.T3/T4/T5 sites. */
export function useBaselineSites() {
  return useCommandQuery('baseline.getSites', {});
}

export function useSitesMutation<N extends SitesWrite>(name: N) {
  return useCommandMutation(name, { invalidates: ['baseline.getSites'] });
}
