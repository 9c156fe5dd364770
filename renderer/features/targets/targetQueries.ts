import { useCommandMutation, useCommandQuery } from '../../app/backend/commandQueries';
import type { CommandName } from '../../../shared/contract';

/** Every answer a target write can change: the list, a detail, the cross-walk, the roll-up and the summary. */
const TARGET_READS: readonly CommandName[] = [
  'targets.list',
  'targets.get',
  'targets.history',
  'targets.commitments',
  'targets.rollup',
  'targets.rubricSummary',
  'targets.listActions',
];

export const useTargets = () => useCommandQuery('targets.list', { includeDeleted: false });
export const useTarget = (id: string) => useCommandQuery('targets.get', { id });
export const useTargetHistory = (id: string) => useCommandQuery('targets.history', { id, limit: 100 });
export const useRubricSummary = () => useCommandQuery('targets.rubricSummary', {});
export const useCommitments = () => useCommandQuery('targets.commitments', {});
export const useRollup = () => useCommandQuery('targets.rollup', {});
export const useActions = () => useCommandQuery('targets.listActions', { includeDeleted: false });

export const useSaveTarget = () => useCommandMutation('targets.save', { invalidates: TARGET_READS });
export const useDeleteTarget = () => useCommandMutation('targets.delete', { invalidates: TARGET_READS });
export const useRestoreTarget = () => useCommandMutation('targets.restore', { invalidates: TARGET_READS });
export const useSaveMeasure = () => useCommandMutation('targets.saveMeasure', { invalidates: TARGET_READS });
export const useDeleteMeasure = () => useCommandMutation('targets.deleteMeasure', { invalidates: TARGET_READS });
export const useRestoreMeasure = () => useCommandMutation('targets.restoreMeasure', { invalidates: TARGET_READS });
export const useSaveLink = () => useCommandMutation('targets.saveLink', { invalidates: TARGET_READS });
export const useDeleteLink = () => useCommandMutation('targets.deleteLink', { invalidates: TARGET_READS });
export const useRestoreLink = () => useCommandMutation('targets.restoreLink', { invalidates: TARGET_READS });
export const useSaveAction = () => useCommandMutation('targets.saveAction', { invalidates: TARGET_READS });
export const useDeleteAction = () => useCommandMutation('targets.deleteAction', { invalidates: TARGET_READS });
export const useRestoreAction = () => useCommandMutation('targets.restoreAction', { invalidates: TARGET_READS });
