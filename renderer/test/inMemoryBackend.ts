import { CommandFailure, type Backend } from '../app/backend/backend';
import type { CommandError, FieldError } from '../../shared/command';
import type { z } from 'zod';
import { contract, type CommandInput, type CommandName, type CommandOutput, type Contract } from '../../shared/contract';
import type { LandType } from '../../shared/landtypes/schema';
import type { AppSettings } from '../../shared/settings/schema';
import { fieldErrorsFromZod } from '../../shared/validation';
import type { HistoryEntry } from '../../shared/workspace/history';
import type { ObservedFigures } from '../../shared/worksheets/observed';
import type { AnticipatedLoss, ResponseMeasure, Scenario } from '../../shared/worksheets/schema';
import { worksheetsHandlers } from './inMemoryWorksheets';
import { emptyTargets, targetsHandlers, type TargetsData } from './inMemoryTargets';
import { consultationsHandlers, emptyConsultations, type ConsultationsData } from './inMemoryConsultations';
import { attendanceSheetHandlers } from './inMemoryAttendanceSheet';
import { baselineHandlers, emptyBaseline, type BaselineState } from './inMemoryBaseline';
import { emptyReporting, reportingHandlers, type ReportingState } from './inMemoryReporting';
import { emptyPlans, plansHandlers, type PlansData } from './inMemoryPlans';
import { emptyMaps, mapsHandlers, type MapsData } from './inMemoryMaps';
import { emptyOutbox, outboxHandlers, type OutboxData } from './inMemoryOutbox';
import { REPORTING_CYCLE, REPORTING_PERIODS_2026, type RecentWorkspace, type WorkspaceSummary } from '../../shared/workspace/schema';

/** Handlers get the input as the dispatcher hands it on: parsed, with defaults filled in. */
type Handler<N extends CommandName> = (input: z.output<Contract[N]['input']>) => CommandOutput<N>;
export type Handlers = { [N in CommandName]?: Handler<N> };

export interface BackendState {
  mode: 'electron' | 'web';
  settings: AppSettings;
  workspace: WorkspaceSummary | null;
  landTypes: LandType[];
  recent: RecentWorkspace[];
  history: HistoryEntry[];
  scenarios: Scenario[];
  losses: AnticipatedLoss[];
  measures: ResponseMeasure[];
  observedCounterbalancing: ObservedFigures[];
  consultations: ConsultationsData;
  baseline: BaselineState;
  targets: TargetsData;
  plans: PlansData;
  maps: MapsData;
  reporting: ReportingState;
  outbox: OutboxData;
}

export function refuse(code: CommandError['code'], messageKey: string, fields?: FieldError[]): CommandFailure {
  return new CommandFailure({ code, messageKey, ...(fields ? { details: { fields } } : {}) });
}

let idCounter = 0;
/** A UUIDv7-shaped id, as the backend's schemas require. */
export function fakeId(): string {
  idCounter += 1;
  return `01890000-0000-7000-8000-${String(idCounter).padStart(12, '0')}`;
}

const NOW = '2026-03-12T14:05:00.000Z';

/** App settings of a member who chose `language` (null: never chose one). */
export function settingsIn(language: AppSettings['language'], name = 'Amina'): AppSettings {
  return { language, profile: { memberId: 'm1', name, organisation: '', role: 'member' }, deviceId: 'd1' };
}

export function fakeWorkspace(overrides: Partial<WorkspaceSummary> = {}): WorkspaceSummary {
  return {
    id: fakeId(),
    name: 'Kenya LDN 2026',
    countryIso3: 'KEN',
    level: 'national',
    areaName: null,
    landAreaKm2: 569_140,
    reportingCycle: REPORTING_CYCLE,
    periods: [...REPORTING_PERIODS_2026],
    path: '/home/amina/LDN/kenya.ldnw',
    createdAt: NOW,
    updatedAt: NOW,
    lastChangeAt: null,
    ...overrides,
  };
}

export function fakeLandType(overrides: Partial<LandType> = {}): LandType {
  return {
    id: fakeId(),
    code: 'CL-1',
    name: 'Cropland on clay soils',
    definitionBasis: null,
    areaKm2: null,
    degradedAreaKm2: null,
    notes: null,
    createdAt: NOW,
    updatedAt: NOW,
    deletedAt: null,
    ...overrides,
  };
}

/**
 * A stand-in for the backend with the rules the UI relies on (input validated with the contract's
 * zod schemas as the dispatcher does, unique land-type codes, area within the land area, tombstones),
 * and a record of every call. `handlers` replace single commands for one test.
 */
export function createInMemoryBackend(initial: Partial<BackendState> = {}, handlers: Handlers = {}) {
  const state: BackendState = {
    mode: 'web',
    settings: settingsIn('en'),
    workspace: null,
    landTypes: [],
    recent: [],
    history: [],
    scenarios: [],
    losses: [],
    measures: [],
    observedCounterbalancing: [],
    consultations: emptyConsultations(),
    baseline: emptyBaseline(fakeId()),
    targets: emptyTargets(),
    plans: emptyPlans(),
    maps: emptyMaps(),
    reporting: emptyReporting(),
    outbox: emptyOutbox(),
    ...initial,
  };
  const calls: { name: CommandName; input: unknown }[] = [];

  const openWorkspace = (): WorkspaceSummary => {
    if (!state.workspace) throw refuse('no_workspace', 'errors:noWorkspace');
    return state.workspace;
  };
  const touch = () => {
    const workspace = openWorkspace();
    state.workspace = { ...workspace, lastChangeAt: new Date().toISOString() };
  };
  const liveLandType = (id: string) => {
    const found = state.landTypes.find((landType) => landType.id === id);
    if (!found) throw refuse('not_found', 'errors:notFound');
    return found;
  };

  const defaults: Handlers = {
    'app.info': () => ({
      version: '0.1.0',
      mode: state.mode,
      nativeFileDialogs: state.mode === 'electron',
      workspacesDir: '/home/amina/LDN Workbench/workspaces',
    }),
    'app.chooseWorkspaceFile': () => {
      throw refuse('unsupported', 'errors:unsupported');
    },
    // As the web host answers: only the desktop shell saves a page as PDF.
    'app.printToPdf': () => {
      throw refuse('unsupported', 'errors:unsupported');
    },
    'settings.get': () => state.settings,
    'settings.setLanguage': ({ language }) => (state.settings = { ...state.settings, language }),
    'settings.saveProfile': (profile) => (state.settings = { ...state.settings, profile: { ...state.settings.profile, ...profile } }),
    'workspace.get': openWorkspace,
    'workspace.create': ({ path, ...profile }) =>
      (state.workspace = fakeWorkspace({ ...profile, areaName: profile.areaName ?? null, path: path ?? '/default/new.ldnw' })),
    'workspace.open': ({ path }) => {
      const recent = state.recent.find((item) => item.path === path);
      if (!recent?.exists) throw refuse('file_not_found', 'errors:fileNotFound');
      return (state.workspace = fakeWorkspace({ name: recent.name, path }));
    },
    'workspace.close': () => {
      state.workspace = null;
      return { closed: true };
    },
    'workspace.rename': ({ name }) => (state.workspace = { ...openWorkspace(), name }),
    'workspace.listRecent': () => ({ items: state.recent }),
    'workspace.forgetRecent': ({ path }) => ({ items: (state.recent = state.recent.filter((item) => item.path !== path)) }),
    'workspace.history': ({ entityId, before, limit }) => {
      const matching = state.history.filter((entry) => (entityId ? entry.entityId === entityId : true));
      const start = before ? matching.findIndex((entry) => entry.hlc === before) + 1 : 0;
      const entries = matching.slice(start, start + limit);
      const more = start + limit < matching.length;
      return { entries, nextBefore: more ? (entries.at(-1)?.hlc ?? null) : null };
    },
    'landtypes.list': ({ includeDeleted }) => ({
      items: state.landTypes.filter((landType) => includeDeleted || landType.deletedAt === null),
    }),
    'landtypes.save': (input) => {
      const workspace = openWorkspace();
      const codeTaken = state.landTypes.some(
        (other) => other.deletedAt === null && other.code === input.code && other.id !== input.id,
      );
      if (codeTaken) {
        throw refuse('conflict', 'errors:conflict', [{ path: ['code'], messageKey: 'errors:landtypes.codeTaken' }]);
      }
      if (input.areaKm2 !== undefined && input.areaKm2 > workspace.landAreaKm2) {
        throw refuse('validation', 'errors:validation', [{ path: ['areaKm2'], messageKey: 'errors:landtypes.areaExceedsLand' }]);
      }
      const saved = fakeLandType({
        ...(input.id ? liveLandType(input.id) : {}),
        code: input.code,
        name: input.name,
        definitionBasis: input.definitionBasis ?? null,
        areaKm2: input.areaKm2 ?? null,
        degradedAreaKm2: input.degradedAreaKm2 ?? null,
        notes: input.notes ?? null,
      });
      state.landTypes = [...state.landTypes.filter((landType) => landType.id !== saved.id), saved];
      touch();
      return saved;
    },
    'landtypes.delete': ({ id }) => {
      const deleted = { ...liveLandType(id), deletedAt: NOW };
      state.landTypes = state.landTypes.map((landType) => (landType.id === id ? deleted : landType));
      touch();
      return { id };
    },
    'landtypes.restore': ({ id }) => {
      const restored = { ...liveLandType(id), deletedAt: null };
      state.landTypes = state.landTypes.map((landType) => (landType.id === id ? restored : landType));
      touch();
      return restored;
    },
    ...worksheetsHandlers(state, {
      id: fakeId,
      now: () => new Date().toISOString(),
      touch,
      // Like the backend's reverse-measure refusals, a message's numbers also sit among the details.
      refuse: (code, messageKey, path, params) => {
        const failure = refuse(code, messageKey, path ? [{ path, messageKey, ...(params && { params }) }] : undefined);
        return params ? new CommandFailure({ ...failure.error, details: { ...failure.error.details, ...params } }) : failure;
      },
    }),
    ...consultationsHandlers(state, {
      id: fakeId,
      now: () => new Date().toISOString(),
      touch,
      refuse: (code, messageKey, path) => refuse(code, messageKey, path ? [{ path, messageKey }] : undefined),
    }),
    ...targetsHandlers(state, {
      id: fakeId,
      now: () => new Date().toISOString(),
      touch,
      refuse: (code, messageKey, path, params) => refuse(code, messageKey, path ? [{ path, messageKey, ...(params ? { params } : {}) }] : undefined),
    }),
    ...attendanceSheetHandlers(state, {
      id: fakeId,
      touch,
      refuse: (code, messageKey, path) => refuse(code, messageKey, path ? [{ path, messageKey }] : undefined),
    }),
    ...mapsHandlers(state, {
      id: fakeId,
      now: () => new Date().toISOString(),
      touch,
      refuse: (code, messageKey, path, params) => refuse(code, messageKey, path ? [{ path, messageKey, ...(params ? { params } : {}) }] : undefined),
    }),
    ...plansHandlers(state, {
      id: fakeId,
      now: () => new Date().toISOString(),
      touch,
      landAreaKm2: () => openWorkspace().landAreaKm2,
      matrixCells: () => state.baseline.baseline.transitionMatrix.cells,
      refuse: (code, messageKey, path, params) => refuse(code, messageKey, path ? [{ path, messageKey, ...(params ? { params } : {}) }] : undefined),
    }),
    ...reportingHandlers(state, { id: fakeId, now: () => new Date().toISOString() }),
    ...outboxHandlers(state, { id: fakeId, now: () => new Date().toISOString(), refuse: (code, messageKey) => refuse(code, messageKey) }),
    ...baselineHandlers(state.baseline, {
      id: fakeId,
      now: () => new Date().toISOString(),
      touch,
      landAreaKm2: () => openWorkspace().landAreaKm2,
      refuse,
    }),
  };

  const backend: Backend = {
    call(name, input) {
      calls.push({ name, input });
      const parsed = contract[name].input.safeParse(input);
      if (!parsed.success) {
        return Promise.reject(refuse('validation', 'errors:validation', fieldErrorsFromZod(parsed.error)));
      }
      const handler = (handlers[name] ?? defaults[name]) as ((input: unknown) => unknown) | undefined;
      if (!handler) return Promise.reject(new Error(`the in-memory backend does not answer ${name}`));
      try {
        return Promise.resolve(handler(parsed.data) as CommandOutput<typeof name>);
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };

  /** Inputs of every call of one command, oldest first. */
  const inputsOf = <N extends CommandName>(name: N) =>
    calls.filter((call) => call.name === name).map((call) => call.input as CommandInput<N>);

  return { backend, state, inputsOf };
}
