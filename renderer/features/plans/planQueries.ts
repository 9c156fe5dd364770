import type { CommandName } from '../../../shared/contract';
import { useCommandMutation, useCommandQuery } from '../../app/backend/commandQueries';

/**
 * Every plan write can change the list's counts and areas, the plan page, and — through the planned
 * conversions that count as losses — the worksheets, their balance and the maps' sums per plan.
 */
const AFTER_PLAN_WRITE: readonly CommandName[] = [
  'plans.list',
  'plans.get',
  'worksheets.get',
  'worksheets.balance',
  'worksheets.compare',
  'maps.layers',
  'maps.summary',
];

export function usePlans() {
  return useCommandQuery('plans.list', {});
}

export function usePlan(id: string) {
  return useCommandQuery('plans.get', { id });
}

export function useSavePlan() {
  return useCommandMutation('plans.save', { invalidates: AFTER_PLAN_WRITE });
}

export function useSaveZone() {
  return useCommandMutation('plans.saveZone', { invalidates: AFTER_PLAN_WRITE });
}

export function useSaveConversion() {
  return useCommandMutation('plans.saveConversion', { invalidates: AFTER_PLAN_WRITE });
}

export function useImportZones() {
  return useCommandMutation('plans.importZones', { invalidates: AFTER_PLAN_WRITE });
}

/** The delete and its undo, for each kind of record of a plan. */
const REMOVALS = {
  plan: { remove: 'plans.delete', restore: 'plans.restore' },
  zone: { remove: 'plans.deleteZone', restore: 'plans.restoreZone' },
  conversion: { remove: 'plans.deleteConversion', restore: 'plans.restoreConversion' },
} as const;
export type RemovalKind = keyof typeof REMOVALS;

export function useRemoveAndRestore(kind: RemovalKind) {
  const remove = useCommandMutation(REMOVALS[kind].remove, { invalidates: AFTER_PLAN_WRITE });
  const restore = useCommandMutation(REMOVALS[kind].restore, { invalidates: AFTER_PLAN_WRITE });
  return { remove, restore };
}
