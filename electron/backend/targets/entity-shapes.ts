import type { CommitmentLink, ImplementedAction, Target, TargetMeasure } from '../../../shared/targets/schema';

type Bookkeeping = 'id' | 'createdAt' | 'updatedAt' | 'deletedAt';
/** The target's sets: each is its own table of rows (sets are rows), see migration 0005. */
type TargetSets = 'hierarchyTypes' | 'indicators' | 'landCoverClasses' | 'landTypeIds' | 'milestones' | 'gapPriorityAreas';

/** The stored fields of the targets' entities (migration 0005), in the camelCase names of the shared schemas. */
export interface TargetRows {
  target: Omit<Target, Bookkeeping | TargetSets>;
  hierarchyType: { targetId: string; hierarchyType: Target['hierarchyTypes'][number] };
  indicator: { targetId: string; indicator: Target['indicators'][number] };
  landCover: { targetId: string; classCode: number };
  landType: { targetId: string; landTypeId: string };
  gapArea: { targetId: string; gapArea: Target['gapPriorityAreas'][number] };
  milestone: { targetId: string; year: number; value: number };
  measure: Omit<TargetMeasure, Bookkeeping>;
  action: Omit<ImplementedAction, Bookkeeping | 'targetIds'>;
  actionTarget: { actionId: string; targetId: string };
  /** `accountingOwner` is stored as SQLite's 0/1, so that an unchanged flag compares equal and logs nothing. */
  link: Omit<CommitmentLink, Bookkeeping | 'accountingOwner'> & { accountingOwner: 0 | 1 };
}
