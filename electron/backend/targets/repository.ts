import type { z } from 'zod';
import { assessTarget } from '../../../shared/targets/rubric';
import type { targetsContract } from '../../../shared/targets/contract';
import type { CommitmentLink, Rubric, Target, TargetListItem, TargetMeasure } from '../../../shared/targets/schema';
import { selectColumns, type EntityName, type EntityRecord } from '../db/entities';
import { fieldError } from '../errors';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { liveMilestones } from './milestones';
import { liveSets, TARGET_SETS } from './set-rows';

type Path = (string | number)[];

/** The record `id` of `entity`, live unless `allowDeleted`; otherwise refused on the field that named it. */
export function requireLive<E extends EntityName>(
  ws: OpenWorkspace,
  entity: E,
  id: string,
  path: Path,
  messageKey: string,
  allowDeleted = false,
): EntityRecord<E> {
  const record = ws.mutator.find(entity, id);
  if (!record || (record.deletedAt !== null && !allowDeleted)) throw fieldError('not_found', { path, messageKey });
  return record;
}

export const requireTarget = (ws: OpenWorkspace, id: string, path: Path, allowDeleted = false) =>
  requireLive(ws, 'target', id, path, 'errors:targets.targetNotFound', allowDeleted);

type TargetRow = EntityRecord<'target'>;

export function hasLiveSubTargets(ws: OpenWorkspace, id: string): boolean {
  return ws.db.prepare('SELECT 1 FROM target WHERE parent_target_id = ? AND deleted_at IS NULL').get(id) !== undefined;
}

/** Target rows with their sets and milestones: what the shared schema calls a target. */
function withSets(ws: OpenWorkspace, rows: readonly TargetRow[], only?: string): Target[] {
  const sets = Object.entries(TARGET_SETS).map(([name, spec]) => [name, liveSets(ws, spec, only)] as const);
  const milestones = liveMilestones(ws, only);
  // The stored values were checked against their code lists when they were saved.
  const setsOf = (id: string) => Object.fromEntries(sets.map(([name, byOwner]) => [name, byOwner.get(id) ?? []])) as Pick<Target, keyof typeof TARGET_SETS>;
  return rows.map((row) => ({ ...row, ...setsOf(row.id), milestones: milestones.get(row.id) ?? [] }));
}

export function readTarget(ws: OpenWorkspace, id: string): Target {
  return withSets(ws, [ws.mutator.find('target', id)!], id)[0]!;
}

type ListFilter = Partial<z.output<(typeof targetsContract)['targets.list']['input']>>;

/** National targets first, then by target year: the order a working group reads its targets in. */
export function listTargets(ws: OpenWorkspace, filter: ListFilter): Target[] {
  const conditions: [string, string | undefined][] = [
    ['level = ?', filter.level],
    ['status = ?', filter.status],
    ['parent_target_id = ?', filter.parentTargetId],
  ];
  const active = conditions.filter(([, value]) => value !== undefined);
  const where = [filter.includeDeleted ? '1 = 1' : 'deleted_at IS NULL', ...active.map(([sql]) => sql)].join(' AND ');
  const rows = ws.db
    .prepare(`SELECT ${selectColumns('target')} FROM target WHERE ${where} ORDER BY level = 'subnational', target_year, id`)
    .all(...active.map(([, value]) => value)) as TargetRow[];
  return withSets(ws, rows);
}

const groupBy = <T extends { targetId: string }>(items: readonly T[]): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.targetId, [...(groups.get(item.targetId) ?? []), item]);
  return groups;
};

/** Live measures of every target (or of one), by target, in the order they were made. */
export function liveMeasures(ws: OpenWorkspace, targetId?: string): Map<string, TargetMeasure[]> {
  const rows = ws.db
    .prepare(`SELECT ${selectColumns('target_measure')} FROM target_measure WHERE deleted_at IS NULL AND (? IS NULL OR target_id = ?) ORDER BY id`)
    .all(targetId ?? null, targetId ?? null) as TargetMeasure[];
  return groupBy(rows);
}

/** A stored link as the contract shows it: the owner flag as a boolean. */
export function linkOut(row: EntityRecord<'commitment_link'>): CommitmentLink {
  return { ...row, accountingOwner: row.accountingOwner === 1 };
}

/** Live links of every target (or of one), by target, in the order they were made. */
export function liveLinks(ws: OpenWorkspace, targetId?: string): Map<string, CommitmentLink[]> {
  const rows = ws.db
    .prepare(`SELECT ${selectColumns('commitment_link')} FROM commitment_link WHERE deleted_at IS NULL AND (? IS NULL OR target_id = ?) ORDER BY id`)
    .all(targetId ?? null, targetId ?? null) as EntityRecord<'commitment_link'>[];
  return groupBy(rows.map(linkOut));
}

/** The rubric of a stored target, with its live links and measures. */
export function rubricOf(target: Target, links: readonly CommitmentLink[], measures: readonly TargetMeasure[]): Rubric {
  return assessTarget({ ...target, links, measures });
}

/** Targets as the list shows them: each with its rubric and how many sub-targets, measures and links it has. */
export function listItems(ws: OpenWorkspace, targets: readonly Target[]): TargetListItem[] {
  const measures = liveMeasures(ws);
  const links = liveLinks(ws);
  const subTargets = new Map<string, number>();
  for (const { parentTargetId } of ws.db.prepare('SELECT parent_target_id AS parentTargetId FROM target WHERE deleted_at IS NULL AND parent_target_id IS NOT NULL').all() as {
    parentTargetId: string;
  }[]) {
    subTargets.set(parentTargetId, (subTargets.get(parentTargetId) ?? 0) + 1);
  }
  return targets.map((target) => {
    const own = { measures: measures.get(target.id) ?? [], links: links.get(target.id) ?? [] };
    return {
      ...target,
      rubric: rubricOf(target, own.links, own.measures),
      subTargetCount: subTargets.get(target.id) ?? 0,
      measureCount: own.measures.length,
      linkCount: own.links.length,
    };
  });
}
