import type { z } from 'zod';
import type { HistoryEntry, historyPage, historyQuery } from '../../../shared/workspace/history';
import type { OpenWorkspace } from './open-workspace';

interface ChangeRow {
  hlc: string;
  memberId: string;
  memberName: string | null;
  deviceId: string;
  entity: string;
  entityId: string;
  operation: HistoryEntry['operation'];
  field: string;
  before: string;
  after: string;
}

/**
 * Reads the change log back as one entry per mutation (one hlc), newest first. `entityIds` narrows it to
 * the records that make up one thing (a target with its sets, measures and links).
 */
export function readHistory(ws: OpenWorkspace, query: z.output<typeof historyQuery>, entityIds?: readonly string[]): z.input<typeof historyPage> {
  const conditions: [column: string, operator: string, value: string | undefined][] = [
    ['entity', '=', query.entity],
    ['entity_id', '=', query.entityId],
    ['hlc', '<', query.before],
  ];
  const active = conditions.filter(([, , value]) => value !== undefined);
  const among = (alias: string) => (entityIds === undefined ? [] : [`${alias}entity_id IN (SELECT value FROM json_each(?))`]);
  const where = (alias: string) => ['1 = 1', ...active.map(([column, operator]) => `${alias}${column} ${operator} ?`), ...among(alias)].join(' AND ');
  const params = [...active.map(([, , value]) => value!), ...(entityIds === undefined ? [] : [JSON.stringify(entityIds)])];

  // One more than asked tells whether an older page exists.
  const stamps = ws.db
    .prepare(`SELECT DISTINCT hlc FROM change_log WHERE ${where('')} ORDER BY hlc DESC LIMIT ?`)
    .pluck()
    .all(...params, query.limit + 1) as string[];
  const page = stamps.slice(0, query.limit);
  if (page.length === 0) return { entries: [], nextBefore: null };

  const rows = ws.db
    .prepare(
      `SELECT c.hlc, c.member_id AS memberId, m.name AS memberName, c.device_id AS deviceId, c.entity,
              c.entity_id AS entityId, c.operation, c.field, c.before, c.after
         FROM change_log c LEFT JOIN member m ON m.id = c.member_id
        WHERE c.hlc >= ? AND c.hlc <= ? AND ${where('c.')}
        ORDER BY c.hlc DESC, c.seq`,
    )
    .all(page[page.length - 1], page[0], ...params) as ChangeRow[];

  const entries = new Map<string, HistoryEntry>();
  for (const row of rows) {
    const key = `${row.hlc}\u0000${row.entity}\u0000${row.entityId}`;
    let entry = entries.get(key);
    if (!entry) {
      entry = {
        hlc: row.hlc,
        at: row.hlc.slice(0, 24),
        memberId: row.memberId,
        memberName: row.memberName,
        deviceId: row.deviceId,
        entity: row.entity,
        entityId: row.entityId,
        operation: row.operation,
        changes: [],
      };
      entries.set(key, entry);
    }
    entry.changes.push({ field: row.field, before: JSON.parse(row.before) as never, after: JSON.parse(row.after) as never });
  }
  return { entries: [...entries.values()], nextBefore: stamps.length > query.limit ? page[page.length - 1]! : null };
}
