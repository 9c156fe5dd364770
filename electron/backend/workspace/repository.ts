import { REPORTING_CYCLE, REPORTING_PERIODS_2026, type WorkspaceSummary } from '../../../shared/workspace/schema';
import { selectColumns, type EntityRecord, type EntityValues } from '../db/entities';
import { appError } from '../errors';
import type { OpenWorkspace } from './open-workspace';

export type WorkspaceProfile = Omit<EntityValues<'workspace'>, 'reportingCycle'>;

/** Writes the workspace record and its reporting periods into a freshly created file. */
export function insertWorkspace(ws: OpenWorkspace, profile: WorkspaceProfile): void {
  ws.transaction(() => {
    ws.mutator.insert('workspace', { ...profile, reportingCycle: REPORTING_CYCLE });
    for (const period of REPORTING_PERIODS_2026) ws.mutator.insert('period', period);
  });
}

export function workspaceRecord(ws: OpenWorkspace): EntityRecord<'workspace'> {
  const row = ws.db.prepare(`SELECT ${selectColumns('workspace')} FROM workspace WHERE deleted_at IS NULL LIMIT 1`).get() as
    | EntityRecord<'workspace'>
    | undefined;
  // A file that passed the schema checks but has no workspace record was not made by this app.
  if (!row) throw appError('workspace_corrupt', { path: ws.path });
  return row;
}

export function workspaceSummary(ws: OpenWorkspace): WorkspaceSummary {
  const record = workspaceRecord(ws);
  const periods = ws.db
    .prepare('SELECT key, year_start AS yearStart, year_end AS yearEnd FROM period WHERE deleted_at IS NULL ORDER BY year_start, year_end')
    .all() as WorkspaceSummary['periods'];
  const last = ws.db.prepare('SELECT max(hlc) AS hlc FROM change_log').get() as { hlc: string | null };
  return {
    id: record.id,
    name: record.name,
    countryIso3: record.countryIso3,
    level: record.level,
    areaName: record.areaName,
    landAreaKm2: record.landAreaKm2,
    reportingCycle: record.reportingCycle,
    periods,
    path: ws.path,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    lastChangeAt: last.hlc ? last.hlc.slice(0, 24) : null,
  };
}
