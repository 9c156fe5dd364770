import type { Statement } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { ERASED_VALUE, type ChangeOperation } from '../../../shared/workspace/history';
import { appError } from '../errors';
import { ENTITIES, columnOf, selectColumns, type EntityName, type EntityRecord, type EntityValues, type FieldValue } from './entities';
import type { HybridLogicalClock } from './hlc';
import type { Db } from './workspace-file';

/** Who is writing: every change is signed with the member and the device. */
export interface Author {
  memberId: string;
  deviceId: string;
}

/** ISO wall time carried at the start of every hlc, so rows and change log agree to the millisecond. */
const wallTimeOf = (hlc: string): string => hlc.slice(0, 24);

/**
 * The one path for every write to a workspace. Each call stamps one hybrid-logical-clock timestamp and
 * appends one change_log row per changed field (before/after and the hlc of the value it replaced), so
 * the log is both the audit trail and the future replication log. Callers run inside a transaction.
 */
export class Mutator {
  constructor(
    private readonly db: Db,
    private readonly clock: HybridLogicalClock,
    private readonly author: Author,
  ) {}

  private readonly statements = new Map<string, Statement>();

  /** Statements are built from the allow-listed names only, so caching them by text is safe and fast. */
  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  find<E extends EntityName>(entity: E, id: string): EntityRecord<E> | undefined {
    return this.statement(`SELECT ${selectColumns(entity)} FROM ${ENTITIES[entity].table} WHERE id = ?`).get(id) as
      | EntityRecord<E>
      | undefined;
  }

  insert<E extends EntityName>(entity: E, values: EntityValues<E>, id: string = uuidv7()): EntityRecord<E> {
    const hlc = this.clock.now();
    const at = wallTimeOf(hlc);
    const fields = ENTITIES[entity].fields;
    const valueOf = (field: string): FieldValue => (values as Record<string, FieldValue>)[field] ?? null;
    const columns = ['id', 'created_at', 'updated_at', ...fields.map(columnOf)];
    this.statement(`INSERT INTO ${ENTITIES[entity].table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
      .run(id, at, at, ...fields.map((field) => toSql(valueOf(field))));
    for (const field of fields) this.log(hlc, entity, id, 'insert', field, null, valueOf(field), null);
    return this.require(entity, id);
  }

  /** Writes only the fields whose value really changes; an edit that changes nothing leaves no trace. */
  update<E extends EntityName>(entity: E, id: string, changes: Partial<EntityValues<E>>): EntityRecord<E> {
    const current = this.require(entity, id);
    const allowed: readonly string[] = ENTITIES[entity].fields;
    const currentValues = current as Record<string, FieldValue>;
    const changed = (Object.entries(changes) as [string, FieldValue | undefined][]).filter(
      (entry): entry is [string, FieldValue] => entry[1] !== undefined && allowed.includes(entry[0]) && currentValues[entry[0]] !== entry[1],
    );
    if (changed.length === 0) return current;

    const hlc = this.clock.now();
    const assignments = changed.map(([field]) => `${columnOf(field)} = ?`).join(', ');
    this.statement(`UPDATE ${ENTITIES[entity].table} SET ${assignments}, updated_at = ? WHERE id = ?`)
      .run(...changed.map(([, value]) => toSql(value)), wallTimeOf(hlc), id);
    for (const [field, value] of changed) {
      this.log(hlc, entity, id, 'update', field, currentValues[field] ?? null, value, this.lastHlcOf(entity, id, field));
    }
    return this.require(entity, id);
  }

  /**
   * Right to erasure: clears the entity's personal fields (with `changes`, e.g. an erased-at stamp, in
   * the same change), then overwrites every value those fields ever had in the change log, this change's
   * before-values included, with ERASED_VALUE. The log keeps who changed which field when; nulls stay
   * null, as they reveal nothing. The UPDATE is the one rewrite the change_log trigger allows.
   */
  erase<E extends EntityName>(entity: E, id: string, changes: Partial<EntityValues<E>>): EntityRecord<E> {
    const personal = ENTITIES[entity].personal ?? [];
    const cleared = Object.fromEntries(personal.map((field) => [field, null])) as Partial<EntityValues<E>>;
    const record = this.update(entity, id, { ...cleared, ...changes });
    const erased = JSON.stringify(ERASED_VALUE);
    this.statement(
      `UPDATE change_log
          SET before = CASE WHEN before = 'null' THEN before ELSE ? END,
              after = CASE WHEN after = 'null' THEN after ELSE ? END
        WHERE entity = ? AND entity_id = ? AND field IN (${personal.map(() => '?').join(', ')})`,
    ).run(erased, erased, entity, id, ...personal);
    return record;
  }

  /** Deletion is a tombstone (deleted_at), so it can be undone and replicated. */
  remove<E extends EntityName>(entity: E, id: string): EntityRecord<E> {
    return this.setDeletedAt(entity, id, 'delete');
  }

  restore<E extends EntityName>(entity: E, id: string): EntityRecord<E> {
    return this.setDeletedAt(entity, id, 'restore');
  }

  private setDeletedAt<E extends EntityName>(entity: E, id: string, operation: 'delete' | 'restore'): EntityRecord<E> {
    const current = this.require(entity, id);
    if ((current.deletedAt !== null) === (operation === 'delete')) return current;
    const hlc = this.clock.now();
    const deletedAt = operation === 'delete' ? wallTimeOf(hlc) : null;
    this.statement(`UPDATE ${ENTITIES[entity].table} SET deleted_at = ?, updated_at = ? WHERE id = ?`)
      .run(deletedAt, wallTimeOf(hlc), id);
    this.log(hlc, entity, id, operation, 'deletedAt', current.deletedAt, deletedAt, this.lastHlcOf(entity, id, 'deletedAt'));
    return this.require(entity, id);
  }

  private require<E extends EntityName>(entity: E, id: string): EntityRecord<E> {
    const record = this.find(entity, id);
    if (!record) throw appError('not_found', { entity, id });
    return record;
  }

  private lastHlcOf(entity: EntityName, id: string, field: string): string | null {
    const row = this.statement('SELECT hlc FROM change_log WHERE entity = ? AND entity_id = ? AND field = ? ORDER BY hlc DESC LIMIT 1')
      .get(entity, id, field) as { hlc: string } | undefined;
    return row?.hlc ?? null;
  }

  private log(
    hlc: string,
    entity: EntityName,
    id: string,
    operation: ChangeOperation,
    field: string,
    before: FieldValue,
    after: FieldValue,
    baseHlc: string | null,
  ): void {
    this.statement(
        `INSERT INTO change_log (hlc, member_id, device_id, entity, entity_id, operation, field, before, after, base_hlc)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(hlc, this.author.memberId, this.author.deviceId, entity, id, operation, field, JSON.stringify(before), JSON.stringify(after), baseHlc);
  }
}

function toSql(value: FieldValue | undefined): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}
