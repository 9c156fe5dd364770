import type { BaselineSites, FalsePosNeg, HotBrightSpot, SiteRef } from '../../shared/baseline/sites';
import type { FieldError } from '../../shared/command';
import type { BaselineHandlers } from './inMemoryBaseline';

type SitesCommand = 'baseline.getSites' | 'baseline.saveProcesses' | 'baseline.saveFalsePosNeg' | 'baseline.saveHotBrightSpot' | 'baseline.deleteSite' | 'baseline.restoreSite';

interface Helpers {
  id: () => string;
  now: () => string;
  touch: () => void;
  landAreaKm2: () => number;
  refuse: (code: 'validation' | 'not_found', messageKey: string, fields?: FieldError[]) => Error;
}

/** A workspace with no SO1-1.T1 processes and no SO1-4.T3/T4/T5 sites. */
export const emptySites = (): BaselineSites & { deleted: { falsePosNeg: FalsePosNeg[]; hotBrightSpots: HotBrightSpot[] } } => ({
  processes: [],
  falsePosNeg: [],
  hotBrightSpots: [],
  deleted: { falsePosNeg: [], hotBrightSpots: [] },
});
export type SitesState = ReturnType<typeof emptySites>;

const LIST_OF = { false_pos_neg: 'falsePosNeg', hot_bright_spot: 'hotBrightSpots' } as const;

/** The site commands with the backend's rules the UI shows: area within the land area; delete keeps a row to restore. */
export function sitesHandlers(state: { sites: SitesState }, { id, now, touch, landAreaKm2, refuse }: Helpers): Pick<BaselineHandlers, SitesCommand> {
  const view = (): BaselineSites => ({ processes: state.sites.processes, falsePosNeg: state.sites.falsePosNeg, hotBrightSpots: state.sites.hotBrightSpots });
  const checkArea = (areaKm2: number) => {
    const max = landAreaKm2();
    if (areaKm2 > max) throw refuse('validation', 'errors:validation', [{ path: ['areaKm2'], messageKey: 'errors:baseline.siteExceedsLandArea', params: { max } }]);
  };
  const upsert = <K extends 'falsePosNeg' | 'hotBrightSpots'>(list: K, row: BaselineSites[K][number]) => {
    const rows = state.sites[list] as BaselineSites[K][number][];
    state.sites = { ...state.sites, [list]: rows.some((r) => r.id === row.id) ? rows.map((r) => (r.id === row.id ? row : r)) : [...rows, row] };
    touch();
    return view();
  };
  const move = (ref: SiteRef, from: 'live' | 'deleted') => {
    const list = LIST_OF[ref.table];
    const source = (from === 'live' ? state.sites[list] : state.sites.deleted[list]) as { id: string }[];
    const row = source.find((r) => r.id === ref.id);
    if (!row) throw refuse('not_found', 'errors:notFound');
    const without = source.filter((r) => r.id !== ref.id);
    const live = from === 'live' ? without : [...state.sites[list], row];
    const deleted = from === 'live' ? [...state.sites.deleted[list], row] : without;
    state.sites = { ...state.sites, [list]: live, deleted: { ...state.sites.deleted, [list]: deleted } };
    touch();
    return view();
  };
  return {
    'baseline.getSites': () => view(),
    'baseline.saveProcesses': ({ codes, otherTitle }) => {
      state.sites = { ...state.sites, processes: codes.map((code) => ({ id: id(), code, otherTitle: code === 'other' ? (otherTitle ?? null) : null })) };
      touch();
      return view();
    },
    'baseline.saveFalsePosNeg': ({ id: rowId, ...fields }) => {
      checkArea(fields.areaKm2);
      const { process, basis, periodStarted, ...required } = fields;
      return upsert('falsePosNeg', { id: rowId ?? id(), ...required, process: process ?? null, basis: basis ?? null, periodStarted: periodStarted ?? null, updatedAt: now() });
    },
    'baseline.saveHotBrightSpot': ({ id: rowId, ...fields }) => {
      checkArea(fields.areaKm2);
      const { kind, name, areaKm2 } = fields;
      return upsert('hotBrightSpots', {
        id: rowId ?? id(),
        kind,
        name,
        areaKm2,
        assessmentProcess: fields.assessmentProcess ?? null,
        driversProcesses: fields.driversProcesses ?? null,
        actionsTaken: fields.actionsTaken ?? null,
        actionsPlanned: fields.actionsPlanned ?? null,
        story: fields.story ?? null,
        updatedAt: now(),
      });
    },
    'baseline.deleteSite': (ref) => move(ref, 'live'),
    'baseline.restoreSite': (ref) => move(ref, 'deleted'),
  };
}
