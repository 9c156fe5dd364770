import type { LandType } from '../../shared/landtypes/schema';
import { worksheetBalanceOf, type LandTypeEntries } from '../../shared/worksheets/logic';
import { checkReverseArea } from '../../shared/worksheets/degraded';
import { observedBalanceOf, type ObservedFigures } from '../../shared/worksheets/observed';
import { RESPONSE_LEVELS, type AnticipatedLoss, type ResponseMeasure, type Scenario } from '../../shared/worksheets/schema';
import type { Handlers } from './inMemoryBackend';

export interface WorksheetsState {
  landTypes: LandType[];
  scenarios: Scenario[];
  losses: AnticipatedLoss[];
  measures: ResponseMeasure[];
  /** What a Trends.Earth counterbalancing import stored per land type (the Baseline import writes it). */
  observedCounterbalancing: ObservedFigures[];
}

interface Helpers {
  id: () => string;
  now: () => string;
  touch: () => void;
  refuse: (code: 'validation' | 'conflict' | 'not_found', messageKey: string, path?: string[], params?: Record<string, string | number>) => Error;
}

const live = <T extends { deletedAt: string | null }>(items: readonly T[]) => items.filter((item) => item.deletedAt === null);

export function fakeScenario(id: string, overrides: Partial<Scenario> = {}): Scenario {
  const at = '2026-03-12T14:05:00.000Z';
  return {
    id,
    name: null,
    description: null,
    kind: 'business_as_usual',
    isPreferred: true,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    ...overrides,
  };
}

/**
 * The worksheets commands with the rules the UI relies on (business as usual created on first list and
 * never deleted, unique scenario names, one preferred scenario, areas within the land type), and the
 * balance computed with the real `shared/worksheets/logic.ts`.
 */
export function worksheetsHandlers(state: WorksheetsState, { id, now, touch, refuse }: Helpers): Handlers {
  const scenarioOf = (scenarioId: string, path = ['scenarioId']) => {
    const found = live(state.scenarios).find((scenario) => scenario.id === scenarioId);
    if (!found) throw refuse('not_found', 'errors:worksheets.scenarioNotFound', path);
    return found;
  };
  const landTypeOf = (landTypeId: string) => {
    const found = live(state.landTypes).find((landType) => landType.id === landTypeId);
    if (!found) throw refuse('not_found', 'errors:worksheets.landTypeNotFound', ['landTypeId']);
    return found;
  };
  const checkArea = (landTypeId: string, areaKm2: number) => {
    const landType = landTypeOf(landTypeId);
    if (landType.areaKm2 !== null && areaKm2 > landType.areaKm2) {
      throw refuse('validation', 'errors:worksheets.areaExceedsLandType', ['areaKm2']);
    }
  };
  /** The degraded-area rule of shared/worksheets/degraded.ts, as the backend applies it. */
  const checkReverse = (measure: Pick<ResponseMeasure, 'scenarioId' | 'landTypeId' | 'level' | 'areaKm2'> & { id?: string | undefined }) => {
    if (measure.level !== 'reverse') return;
    const landType = landTypeOf(measure.landTypeId);
    const others = live(state.measures).filter(
      (m) => m.scenarioId === measure.scenarioId && m.landTypeId === measure.landTypeId && m.level === 'reverse' && m.id !== measure.id,
    );
    const check = checkReverseArea({ degradedAreaKm2: landType.degradedAreaKm2, otherReverseKm2: others.map((m) => m.areaKm2), areaKm2: measure.areaKm2 });
    if (check.fits) return;
    if (check.reason === 'degradedNotRecorded') {
      throw refuse('validation', 'errors:worksheets.reverseNeedsDegradedArea', ['level'], { code: landType.code });
    }
    throw refuse('validation', 'errors:worksheets.reverseExceedsDegraded', ['areaKm2'], { code: landType.code, total: check.totalKm2, degraded: check.degradedKm2 });
  };
  const checkNameFree = (name: string, exceptId?: string) => {
    if (live(state.scenarios).some((scenario) => scenario.name === name && scenario.id !== exceptId)) {
      throw refuse('conflict', 'errors:worksheets.scenarioNameTaken', ['name']);
    }
  };
  const sortedLandTypes = () => [...live(state.landTypes)].sort((a, b) => a.code.localeCompare(b.code));
  const entriesOf = (scenarioId: string): LandTypeEntries[] =>
    sortedLandTypes().map((landType) => ({
      landTypeId: landType.id,
      losses: live(state.losses).filter((loss) => loss.scenarioId === scenarioId && loss.landTypeId === landType.id),
      measures: live(state.measures).filter((m) => m.scenarioId === scenarioId && m.landTypeId === landType.id),
    }));
  const listed = () => ({
    items: [...live(state.scenarios)].sort((a, b) =>
      a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'business_as_usual' ? -1 : 1,
    ),
  });
  const stamp = <T extends { updatedAt: string }>(item: T): T => ({ ...item, updatedAt: now() });
  /** The same entry, live again, as long as its scenario and land type still are. */
  const restoreEntry = <T extends AnticipatedLoss | ResponseMeasure>(items: readonly T[], entryId: string): T => {
    const entry = items.find((item) => item.id === entryId);
    if (!entry) throw refuse('not_found', 'errors:notFound');
    scenarioOf(entry.scenarioId);
    landTypeOf(entry.landTypeId);
    return entry.deletedAt === null ? entry : stamp({ ...entry, deletedAt: null });
  };

  return {
    'worksheets.listScenarios': () => {
      if (live(state.scenarios).length === 0) state.scenarios.push(fakeScenario(id()));
      return listed();
    },
    'worksheets.saveScenario': (input) => {
      checkNameFree(input.name, input.id);
      const existing = input.id ? scenarioOf(input.id, ['id']) : undefined;
      const saved: Scenario = existing
        ? stamp({ ...existing, name: input.name, description: input.description ?? null })
        : fakeScenario(id(), { name: input.name, description: input.description ?? null, kind: 'alternative', isPreferred: false });
      state.scenarios = [...state.scenarios.filter((scenario) => scenario.id !== saved.id), saved];
      touch();
      return saved;
    },
    'worksheets.duplicateScenario': ({ id: sourceId, name }) => {
      const source = scenarioOf(sourceId, ['id']);
      checkNameFree(name);
      const copy = fakeScenario(id(), { name, description: source.description, kind: 'alternative', isPreferred: false });
      state.scenarios.push(copy);
      for (const loss of live(state.losses).filter((l) => l.scenarioId === sourceId)) state.losses.push({ ...loss, id: id(), scenarioId: copy.id });
      for (const m of live(state.measures).filter((m) => m.scenarioId === sourceId)) state.measures.push({ ...m, id: id(), scenarioId: copy.id });
      touch();
      return copy;
    },
    'worksheets.deleteScenario': ({ id: scenarioId }) => {
      const scenario = scenarioOf(scenarioId, ['id']);
      if (scenario.kind === 'business_as_usual') throw refuse('conflict', 'errors:worksheets.businessAsUsualKept');
      state.scenarios = state.scenarios.map((s) =>
        s.id === scenarioId
          ? { ...s, deletedAt: now(), isPreferred: false }
          : scenario.isPreferred && s.kind === 'business_as_usual'
            ? { ...s, isPreferred: true }
            : s,
      );
      touch();
      return { id: scenarioId };
    },
    'worksheets.restoreScenario': ({ id: scenarioId }) => {
      const scenario = state.scenarios.find((s) => s.id === scenarioId);
      if (!scenario) throw refuse('not_found', 'errors:worksheets.scenarioNotFound', ['id']);
      if (scenario.deletedAt === null) return scenario;
      if (scenario.name !== null) checkNameFree(scenario.name, scenarioId);
      const restored = stamp({ ...scenario, deletedAt: null });
      state.scenarios = state.scenarios.map((s) => (s.id === scenarioId ? restored : s));
      touch();
      return restored;
    },
    'worksheets.setPreferredScenario': ({ id: scenarioId }) => {
      scenarioOf(scenarioId, ['id']);
      state.scenarios = state.scenarios.map((s) => ({ ...s, isPreferred: s.id === scenarioId }));
      touch();
      return listed();
    },
    'worksheets.saveLoss': ({ id: lossId, ...input }) => {
      scenarioOf(input.scenarioId);
      checkArea(input.landTypeId, input.areaKm2);
      const saved: AnticipatedLoss = {
        id: lossId ?? id(),
        createdAt: now(),
        updatedAt: now(),
        deletedAt: null,
        ...input,
        notes: input.notes ?? null,
        planZone: null,
      };
      state.losses = [...state.losses.filter((loss) => loss.id !== saved.id), saved];
      touch();
      return saved;
    },
    'worksheets.deleteLoss': ({ id: lossId }) => {
      state.losses = state.losses.map((loss) => (loss.id === lossId ? { ...loss, deletedAt: now() } : loss));
      touch();
      return { id: lossId };
    },
    'worksheets.restoreLoss': ({ id: lossId }) => {
      const restored = restoreEntry(state.losses, lossId);
      state.losses = state.losses.map((loss) => (loss.id === lossId ? restored : loss));
      touch();
      return restored;
    },
    'worksheets.saveMeasure': ({ id: measureId, ...input }) => {
      scenarioOf(input.scenarioId);
      checkArea(input.landTypeId, input.areaKm2);
      checkReverse({ id: measureId, ...input });
      const saved: ResponseMeasure = {
        id: measureId ?? id(),
        createdAt: now(),
        updatedAt: now(),
        deletedAt: null,
        ...input,
        slmTechnology: input.slmTechnology ?? null,
        wocatReference: input.wocatReference ?? null,
        effectivenessPercent: input.effectivenessPercent ?? null,
        costUsd: input.costUsd ?? null,
        coBenefits: input.coBenefits ?? null,
        targetIds: input.targetIds,
      };
      state.measures = [...state.measures.filter((m) => m.id !== saved.id), saved];
      touch();
      return saved;
    },
    'worksheets.deleteMeasure': ({ id: measureId }) => {
      state.measures = state.measures.map((m) => (m.id === measureId ? { ...m, deletedAt: now() } : m));
      touch();
      return { id: measureId };
    },
    'worksheets.restoreMeasure': ({ id: measureId }) => {
      const restored = restoreEntry(state.measures, measureId);
      checkReverse(restored);
      state.measures = state.measures.map((m) => (m.id === measureId ? restored : m));
      touch();
      return restored;
    },
    'worksheets.get': ({ scenarioId }) => {
      const scenario = scenarioOf(scenarioId);
      return {
        scenario,
        landTypes: entriesOf(scenarioId).map(({ landTypeId, losses, measures }) => ({
          landTypeId,
          losses: [...losses] as AnticipatedLoss[],
          measures: [...measures] as ResponseMeasure[],
        })),
      };
    },
    'worksheets.balance': ({ scenarioId, targetYear }) => ({
      scenario: scenarioOf(scenarioId),
      balance: worksheetBalanceOf(entriesOf(scenarioId), targetYear),
    }),
    'worksheets.observedBalance': () => ({
      items: sortedLandTypes().flatMap((landType) =>
        state.observedCounterbalancing.filter((figures) => figures.landTypeId === landType.id).map(observedBalanceOf),
      ),
    }),
    'worksheets.measuresForTarget': ({ targetId }) => ({
      items: listed().items.flatMap((scenario) =>
        sortedLandTypes().flatMap((landType) =>
          live(state.measures)
            .filter((m) => m.scenarioId === scenario.id && m.landTypeId === landType.id && m.targetIds.includes(targetId))
            .sort((a, b) => RESPONSE_LEVELS.indexOf(a.level) - RESPONSE_LEVELS.indexOf(b.level))
            .map(({ id: measureId, description, level, areaKm2, startYear, endYear }) => ({
              measureId,
              description,
              level,
              areaKm2,
              startYear,
              endYear,
              scenario,
              landType: { id: landType.id, code: landType.code, name: landType.name },
            })),
        ),
      ),
    }),
    'worksheets.compare': ({ scenarioIds, targetYear }) => {
      const scenarios = scenarioIds.map((scenarioId) => scenarioOf(scenarioId, ['scenarioIds']));
      const common =
        targetYear ?? Math.max(...scenarioIds.map((scenarioId) => worksheetBalanceOf(entriesOf(scenarioId)).targetYear));
      return {
        targetYear: common,
        items: scenarios.map((scenario) => ({ scenario, balance: worksheetBalanceOf(entriesOf(scenario.id), common) })),
      };
    },
  };
}
