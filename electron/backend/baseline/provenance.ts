import type { DataOrigin, PraisTableId, TableProvenance } from '../../../shared/baseline/schema';
import type { PeriodKey } from '../../../shared/workspace/schema';
import type { EntityRecord } from '../db/entities';
import { fieldError } from '../errors';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { liveRows, upsertRow } from './table-rows';

/** The per-year tables are stored under the period key '' (a unique index cannot hold a NULL key). */
const PER_YEAR = '';

export interface ProvenanceValues {
  origin: DataOrigin;
  sourceId: string | null;
  importId: string | null;
  comment: string | null;
}

/** Records where the numbers of one table (of one period) now come from. */
export function setProvenance(ws: OpenWorkspace, tableId: PraisTableId, periodKey: PeriodKey | null, values: ProvenanceValues): void {
  upsertRow(ws, 'baseline_table_provenance', ['tableId', 'periodKey'], { tableId, periodKey: periodKey ?? PER_YEAR, ...values });
}

/**
 * A save of national data: the table becomes `national` with the source and comment of the form. A
 * source that does not exist (or was deleted) is refused on `sourceId`, before anything is written.
 */
export function setNationalProvenance(
  ws: OpenWorkspace,
  tableId: PraisTableId,
  periodKey: PeriodKey | null,
  input: { sourceId?: string | undefined; comment?: string | undefined },
): void {
  requireLiveSource(ws, input.sourceId);
  setProvenance(ws, tableId, periodKey, { origin: 'national', sourceId: input.sourceId ?? null, importId: null, comment: input.comment ?? null });
}

function requireLiveSource(ws: OpenWorkspace, sourceId: string | undefined): void {
  if (sourceId === undefined) return;
  const source = ws.mutator.find('data_source', sourceId);
  if (!source || source.deletedAt !== null) throw fieldError('not_found', { path: ['sourceId'], messageKey: 'errors:baseline.sourceNotFound' });
}

/** True when the table (of the period) holds national data that an import would replace. */
export function holdsNationalData(ws: OpenWorkspace, tableId: PraisTableId, periodKey: PeriodKey | null): boolean {
  return liveRows(ws, 'baseline_table_provenance', { field: 'tableId', values: [tableId] }).some(
    (row) => row.periodKey === (periodKey ?? PER_YEAR) && row.origin === 'national',
  );
}

export function toTableProvenance(row: EntityRecord<'baseline_table_provenance'>): TableProvenance {
  return {
    tableId: row.tableId,
    periodKey: row.periodKey === PER_YEAR ? null : (row.periodKey as PeriodKey),
    origin: row.origin,
    sourceId: row.sourceId,
    importId: row.importId,
    comment: row.comment,
    updatedAt: row.updatedAt,
  };
}
