import type { ResponseMeasure } from '../../../shared/worksheets/schema';
import type { EntityRecord } from '../db/entities';
import { requireLive } from '../targets/repository';
import { liveSets, syncSet } from '../targets/set-rows';
import type { OpenWorkspace } from '../workspace/open-workspace';

/** The targets a response measure is linked to: a set held as rows (migration 0007). */
const MEASURE_TARGETS = { entity: 'response_measure_target', owner: 'measureId', value: 'targetId' } as const;

/** Refuses, at `targetIds`, any target that does not exist or is deleted: a link to it would point nowhere. */
export function requireLinkableTargets(ws: OpenWorkspace, targetIds: readonly string[]): void {
  targetIds.forEach((targetId, index) => requireLive(ws, 'target', targetId, ['targetIds', index], 'errors:worksheets.targetNotFound'));
}

/** Makes the measure's live links exactly `targetIds`, through the mutate path. */
export function linkTargets(ws: OpenWorkspace, measureId: string, targetIds: readonly string[]): void {
  syncSet(ws, MEASURE_TARGETS, measureId, targetIds);
}

/**
 * The measures with their linked targets, restricted to live targets: a deleted target drops out of the
 * measure until it is restored, while its link row stays.
 */
export function withTargetIds(ws: OpenWorkspace, measures: readonly EntityRecord<'response_measure'>[]): ResponseMeasure[] {
  if (measures.length === 0) return [];
  const live = new Set(ws.db.prepare('SELECT id FROM target WHERE deleted_at IS NULL').pluck().all() as string[]);
  const links = liveSets(ws, MEASURE_TARGETS);
  return measures.map((measure) => ({
    ...measure,
    targetIds: (links.get(measure.id) ?? []).map(String).filter((id) => live.has(id)),
  }));
}
