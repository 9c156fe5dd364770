import { z } from 'zod';
import { timestamp } from '../ids';

/** JSON value of a field before or after a change, as the change log stores it. */
export const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/**
 * What the change log shows instead of a personal value that was erased (right to erasure): the fact that
 * a field changed stays auditable, the value does not. Migration 0003's change_log trigger allows
 * exactly this rewrite of a personal field's before/after.
 */
export const ERASED_VALUE = '[erased]';

export const changeOperation = z.enum(['insert', 'update', 'delete', 'restore']);
export type ChangeOperation = z.infer<typeof changeOperation>;

/** One mutation of one record, read back from the append-only change log. */
export const historyEntry = z.object({
  hlc: z.string(),
  at: timestamp,
  memberId: z.string(),
  memberName: z.string().nullable(),
  deviceId: z.string(),
  entity: z.string(),
  entityId: z.string(),
  operation: changeOperation,
  changes: z.array(z.object({ field: z.string(), before: fieldValue, after: fieldValue })),
});
export type HistoryEntry = z.infer<typeof historyEntry>;

export const historyQuery = z.object({
  entity: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  /** Only entries older than this hlc: the cursor for the next page. */
  before: z.string().max(128).optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

export const historyPage = z.object({
  entries: z.array(historyEntry),
  /** Pass as `before` to read the next (older) page; null when there is none. */
  nextBefore: z.string().nullable(),
});
