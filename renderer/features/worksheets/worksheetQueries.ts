import type { CommandName } from '../../../shared/contract';
import { useCommandMutation, useCommandQuery } from '../../app/backend/commandQueries';

/** Every write to a scenario's entries changes its worksheet, its balance and any comparison that includes it. */
const AFTER_ENTRY_WRITE: readonly CommandName[] = ['worksheets.get', 'worksheets.balance', 'worksheets.compare'];
const AFTER_SCENARIO_WRITE: readonly CommandName[] = ['worksheets.listScenarios', ...AFTER_ENTRY_WRITE];

export function useScenarios() {
  return useCommandQuery('worksheets.listScenarios', {});
}

export function useWorksheet(scenarioId: string) {
  return useCommandQuery('worksheets.get', { scenarioId });
}

export function useBalance(scenarioId: string) {
  return useCommandQuery('worksheets.balance', { scenarioId });
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

export function useSetPreferredScenario() {
  return useCommandMutation('worksheets.setPreferredScenario', { invalidates: AFTER_SCENARIO_WRITE });
}

export function useSaveLoss() {
  return useCommandMutation('worksheets.saveLoss', { invalidates: AFTER_ENTRY_WRITE });
}

export function useDeleteLoss() {
  return useCommandMutation('worksheets.deleteLoss', { invalidates: AFTER_ENTRY_WRITE });
}

export function useSaveMeasure() {
  return useCommandMutation('worksheets.saveMeasure', { invalidates: AFTER_ENTRY_WRITE });
}

export function useDeleteMeasure() {
  return useCommandMutation('worksheets.deleteMeasure', { invalidates: AFTER_ENTRY_WRITE });
}

export function useCompare(scenarioIds: string[]) {
  return useCommandQuery('worksheets.compare', { scenarioIds });
}
