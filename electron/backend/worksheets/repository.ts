import type { AnticipatedLoss, ResponseMeasure, Scenario } from '../../../shared/worksheets/schema';
import { selectColumns, type EntityRecord } from '../db/entities';
import type { FieldError } from '../../../shared/command';
import { fieldError } from '../errors';
import { withTargetIds } from './measure-targets';
import type { OpenWorkspace } from '../workspace/open-workspace';

/** The stored 0/1 flag as the boolean of the contract. */
export function toScenario(record: EntityRecord<'scenario'>): Scenario {
  return { ...record, isPreferred: record.isPreferred === 1 };
}

/** Business as usual first, then the others in the order they were made (UUIDv7 ids sort by time). */
export function listScenarios(ws: OpenWorkspace): Scenario[] {
  const rows = ws.db
    .prepare(`SELECT ${selectColumns('scenario')} FROM scenario WHERE deleted_at IS NULL ORDER BY kind = 'business_as_usual' DESC, id`)
    .all() as EntityRecord<'scenario'>[];
  return rows.map(toScenario);
}

/** The live scenario `id`, or a refusal on the field that named it. */
export function requireScenario(ws: OpenWorkspace, id: string, path: FieldError['path']): EntityRecord<'scenario'> {
  const record = ws.mutator.find('scenario', id);
  if (!record || record.deletedAt !== null) {
    throw fieldError('not_found', { path, messageKey: 'errors:worksheets.scenarioNotFound' });
  }
  return record;
}

/** The live land type `id`, or a refusal on the `landTypeId` field. */
export function requireLandType(ws: OpenWorkspace, id: string): EntityRecord<'landtype'> {
  const record = ws.mutator.find('landtype', id);
  if (!record || record.deletedAt !== null) {
    throw fieldError('not_found', { path: ['landTypeId'], messageKey: 'errors:worksheets.landTypeNotFound' });
  }
  return record;
}

/** The live scenario named `name`, other than `exceptId`: names must stay unique among live ones. */
export function scenarioWithName(ws: OpenWorkspace, name: string, exceptId?: string): Scenario | undefined {
  const row = ws.db
    .prepare(`SELECT ${selectColumns('scenario')} FROM scenario WHERE name = ? AND deleted_at IS NULL AND id IS NOT ?`)
    .get(name, exceptId ?? null) as EntityRecord<'scenario'> | undefined;
  return row && toScenario(row);
}

/** The live business-as-usual or preferred scenario: each exists at most once (unique indexes in 0002). */
export function liveScenarioThatIs(ws: OpenWorkspace, which: 'businessAsUsual' | 'preferred'): EntityRecord<'scenario'> | undefined {
  const condition = which === 'preferred' ? 'is_preferred = 1' : "kind = 'business_as_usual'";
  return ws.db.prepare(`SELECT ${selectColumns('scenario')} FROM scenario WHERE ${condition} AND deleted_at IS NULL`).get() as
    | EntityRecord<'scenario'>
    | undefined;
}

/**
 * The live losses entered in a scenario, oldest first (also those on land types deleted since: a restore
 * brings them back). Plan-zone losses are not stored per scenario: see plan-zone-losses.ts.
 */
export function lossesOf(ws: OpenWorkspace, scenarioId: string): AnticipatedLoss[] {
  return (liveEntriesOf(ws, 'anticipated_loss', scenarioId) as EntityRecord<'anticipated_loss'>[]).map(enteredLoss);
}

/** A stored loss as the contract's row: entered ones come from no plan zone. */
export function enteredLoss(record: EntityRecord<'anticipated_loss'>): AnticipatedLoss {
  return { ...record, planZone: null };
}

/** The live measures of a scenario, oldest first. */
export function measuresOf(ws: OpenWorkspace, scenarioId: string): ResponseMeasure[] {
  return withTargetIds(ws, liveEntriesOf(ws, 'response_measure', scenarioId) as EntityRecord<'response_measure'>[]);
}

function liveEntriesOf(ws: OpenWorkspace, entity: 'anticipated_loss' | 'response_measure', scenarioId: string): unknown[] {
  return ws.db
    .prepare(
      `SELECT ${selectColumns(entity)} FROM ${entity}
        WHERE scenario_id = ? AND deleted_at IS NULL ORDER BY id`,
    )
    .all(scenarioId);
}
