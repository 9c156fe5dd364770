import type { BaselineSites, DegradationProcessCode, SiteRef } from '../../../shared/baseline/sites';
import { appError, fieldError } from '../errors';
import type { Handlers } from '../handler-types';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { workspaceRecord } from '../workspace/repository';
import { liveRows } from './table-rows';

type SitesCommand =
  | 'baseline.getSites'
  | 'baseline.saveProcesses'
  | 'baseline.saveFalsePosNeg'
  | 'baseline.saveHotBrightSpot'
  | 'baseline.deleteSite'
  | 'baseline.restoreSite';

const ENTITY_OF = { false_pos_neg: 'baseline_false_pos_neg', hot_bright_spot: 'baseline_hot_bright_spot' } as const;

/** SO1-1.T1 key degradation processes and the SO1-4.T3/T4/T5 site tables (attributes; geometry comes with the map). */
export const siteHandlers: Handlers<SitesCommand> = {
  'baseline.getSites': (_input, session) => readSites(session.workspace()),

  /** Unticked processes get a tombstone; ticking one again brings its row back rather than adding a twin. */
  'baseline.saveProcesses': ({ codes, otherTitle }, session) => {
    const ws = session.workspace();
    // Tombstoned rows too: a process ticked again gets its old row (and history) back.
    const all = ws.db.prepare('SELECT id, code, deleted_at AS deletedAt FROM baseline_degradation_process ORDER BY id').all() as {
      id: string;
      code: DegradationProcessCode;
      deletedAt: string | null;
    }[];
    for (const row of all) if (row.deletedAt === null && !codes.includes(row.code)) ws.mutator.remove('baseline_degradation_process', row.id);
    for (const code of codes) {
      const values = { code, otherTitle: code === 'other' ? (otherTitle ?? null) : null };
      const live = all.find((r) => r.code === code && r.deletedAt === null);
      const earlier = all.findLast((r) => r.code === code);
      if (live) ws.mutator.update('baseline_degradation_process', live.id, values);
      else if (earlier) {
        ws.mutator.restore('baseline_degradation_process', earlier.id);
        ws.mutator.update('baseline_degradation_process', earlier.id, values);
      } else ws.mutator.insert('baseline_degradation_process', values);
    }
    return readSites(ws);
  },

  'baseline.saveFalsePosNeg': ({ id, ...fields }, session) => {
    const ws = session.workspace();
    assertWithinLandArea(ws, fields.areaKm2);
    assertNotInFuture(fields.periodStarted);
    const values = {
      kind: fields.kind,
      locationName: fields.locationName,
      areaKm2: fields.areaKm2,
      process: fields.process ?? null,
      basis: fields.basis ?? null,
      periodStarted: fields.periodStarted ?? null,
    };
    if (!id) ws.mutator.insert('baseline_false_pos_neg', values);
    else {
      assertLive(ws, 'baseline_false_pos_neg', id);
      ws.mutator.update('baseline_false_pos_neg', id, values);
    }
    return readSites(ws);
  },

  'baseline.saveHotBrightSpot': ({ id, ...fields }, session) => {
    const ws = session.workspace();
    assertWithinLandArea(ws, fields.areaKm2);
    const values = {
      kind: fields.kind,
      name: fields.name,
      areaKm2: fields.areaKm2,
      assessmentProcess: fields.assessmentProcess ?? null,
      driversProcesses: fields.driversProcesses ?? null,
      actionsTaken: fields.actionsTaken ?? null,
      actionsPlanned: fields.actionsPlanned ?? null,
      story: fields.story ?? null,
    };
    if (!id) ws.mutator.insert('baseline_hot_bright_spot', values);
    else {
      assertLive(ws, 'baseline_hot_bright_spot', id);
      ws.mutator.update('baseline_hot_bright_spot', id, values);
    }
    return readSites(ws);
  },

  'baseline.deleteSite': (ref, session) => {
    const ws = session.workspace();
    assertLive(ws, ENTITY_OF[ref.table], ref.id);
    ws.mutator.remove(ENTITY_OF[ref.table], ref.id);
    return readSites(ws);
  },

  /** The undo of a delete. */
  'baseline.restoreSite': (ref, session) => {
    const ws = session.workspace();
    if (!ws.mutator.find(ENTITY_OF[ref.table], ref.id)) throw appError('not_found', { entity: ENTITY_OF[ref.table], id: ref.id });
    ws.mutator.restore(ENTITY_OF[ref.table], ref.id);
    return readSites(ws);
  },
};

/** The three lists; ids are UUIDv7, so each list is in the order the rows were added. */
export function readSites(ws: OpenWorkspace): BaselineSites {
  return {
    processes: liveRows(ws, 'baseline_degradation_process').map((r) => ({ id: r.id, code: r.code, otherTitle: r.otherTitle })),
    falsePosNeg: liveRows(ws, 'baseline_false_pos_neg').map(({ createdAt: _c, deletedAt: _d, ...row }) => row),
    hotBrightSpots: liveRows(ws, 'baseline_hot_bright_spot').map(({ createdAt: _c, deletedAt: _d, ...row }) => row),
  };
}

function assertLive(ws: OpenWorkspace, entity: (typeof ENTITY_OF)[SiteRef['table']], id: string): void {
  if (ws.mutator.find(entity, id)?.deletedAt !== null) throw appError('not_found', { entity, id });
}

/** A site is part of the country, so it cannot be larger than the country's land area. */
function assertWithinLandArea(ws: OpenWorkspace, areaKm2: number): void {
  const { landAreaKm2 } = workspaceRecord(ws);
  if (areaKm2 > landAreaKm2) throw fieldError('validation', { path: ['areaKm2'], messageKey: 'errors:baseline.siteExceedsLandArea', params: { max: landAreaKm2 } });
}

/** A process cannot have started after this year; the schema already refuses years before 1900. */
function assertNotInFuture(year: number | undefined): void {
  if (year !== undefined && year > new Date().getUTCFullYear()) throw fieldError('validation', { path: ['periodStarted'], messageKey: 'errors:baseline.periodStartedYear' });
}
