import type { CommandName } from '../../../shared/contract';
import { useCommandMutation, useCommandQuery } from '../../app/backend/commandQueries';

/**
 * Every write to a scenario's entries changes its worksheet, its balance, any comparison that includes it
 * and the measures listed on the targets' pages.
 */
const AFTER_ENTRY_WRITE: readonly CommandName[] = ['worksheets.get', 'worksheets.balance', 'worksheets.compare', 'worksheets.measuresForTarget'];
const AFTER_SCENARIO_WRITE: readonly CommandName[] = ['worksheets.listScenarios', ...AFTER_ENTRY_WRITE];

export function useScenarios() {
  return useCommandQuery('worksheets.listScenarios', {});
}

export function useWorksheet(scenarioId: string) {
  return useCommandQuery('worksheets.get', { scenarioId });
}

/** Without `targetYear`, as of the scenario's last year (the input stays `{ scenarioId }`, one cache entry). */
export function useBalance(scenarioId: string, targetYear?: number) {
  return useCommandQuery('worksheets.balance', targetYear === undefined ? { scenarioId } : { scenarioId, targetYear });
}

/** The observed balance per land type from Trends.Earth; the Baseline import writes it, so it is read afresh on every visit. */
export function useObservedBalance() {
  return useCommandQuery('worksheets.observedBalance', {});
}

export function useSaveScenario() {
  return useCommandMutation('worksheets.saveScenario', { invalidates: AFTER_SCENARIO_WRITE });
}

export function useDuplicateScenario() {
  return useCommandMutation('worksheets.duplicateScenario', { invalidates: AFTER_SCENARIO_WRITE });
}

export function useDeleteScenario() {
  return useCommandMutation('worksheets.deleteScenario', { invalidates: AFTER_SCENARIO_WRITE });
}

export function useRestoreScenario() {
  return useCommandMutation('worksheets.restoreScenario', { invalidates: AFTER_SCENARIO_WRITE });
}

export function useSetPreferredScenario() {
  return useCommandMutation('worksheets.setPreferredScenario', { invalidates: AFTER_SCENARIO_WRITE });
}

export function useSaveLoss() {
  return useCommandMutation('worksheets.saveLoss', { invalidates: AFTER_ENTRY_WRITE });
}

export function useDeleteLoss() {
  return useCommandMutation('worksheets.deleteLoss', { invalidates: AFTER_ENTRY_WRITE });
}

export function useRestoreLoss() {
  return useCommandMutation('worksheets.restoreLoss', { invalidates: AFTER_ENTRY_WRITE });
}

export function useSaveMeasure() {
  return useCommandMutation('worksheets.saveMeasure', { invalidates: AFTER_ENTRY_WRITE });
}

export function useDeleteMeasure() {
  return useCommandMutation('worksheets.deleteMeasure', { invalidates: AFTER_ENTRY_WRITE });
}

export function useRestoreMeasure() {
  return useCommandMutation('worksheets.restoreMeasure', { invalidates: AFTER_ENTRY_WRITE });
}

/** The measures of every scenario linked to the target, for the target's page. */
export function useMeasuresForTarget(targetId: string) {
  return useCommandQuery('worksheets.measuresForTarget', { targetId });
}

export function useCompare(scenarioIds: string[], targetYear?: number) {
  return useCommandQuery('worksheets.compare', targetYear === undefined ? { scenarioIds } : { scenarioIds, targetYear });
}
