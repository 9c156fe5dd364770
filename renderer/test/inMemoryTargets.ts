import type { LandType } from '../../shared/landtypes/schema';
import type { ConsultationsData } from './inMemoryConsultations';
import { FRAMEWORKS } from '../../shared/targets/commitments';
import { rollupRestoration } from '../../shared/targets/rollup';
import { assessTarget, summariseRubrics } from '../../shared/targets/rubric';
import type { CommitmentLink, ImplementedAction, Target, TargetDetail, TargetListItem, TargetMeasure } from '../../shared/targets/schema';
import type { HistoryEntry } from '../../shared/workspace/history';
import type { Handlers } from './inMemoryBackend';

export interface TargetsData {
  targets: Target[];
  measures: TargetMeasure[];
  links: CommitmentLink[];
  actions: ImplementedAction[];
}

export function emptyTargets(): TargetsData {
  return { targets: [], measures: [], links: [], actions: [] };
}

interface State {
  landTypes: LandType[];
  history: HistoryEntry[];
  consultations: ConsultationsData;
  targets: TargetsData;
}

interface Helpers {
  id: () => string;
  now: () => string;
  touch: () => void;
  refuse: (code: 'validation' | 'conflict' | 'not_found', messageKey: string, path?: (string | number)[], params?: Record<string, number>) => Error;
}

const AT = '2026-03-12T14:05:00.000Z';
const live = <T extends { deletedAt: string | null }>(items: readonly T[]) => items.filter((item) => item.deletedAt === null);

/** A saved target with every optional field empty; `overrides` fill what a test needs. */
export function fakeTarget(id: string, overrides: Partial<Target> = {}): Target {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    deletedAt: null,
    parentTargetId: null,
    strategicObjective: 'SO1',
    pattern: null,
    text: 'Achieve LDN by 2030',
    level: 'national',
    ambition: null,
    ambitionJustification: null,
    hierarchyTypes: [],
    actionVerb: null,
    indicators: [],
    landCoverClasses: [],
    landTypeIds: [],
    targetValue: null,
    targetUnit: null,
    baselineValue: null,
    baselineYear: null,
    startYear: null,
    targetYear: 2030,
    milestones: [],
    locationName: null,
    targetAreaKm2: null,
    status: 'not_started',
    achievedYear: null,
    genderNotes: null,
    gapPriorityAreas: [],
    planningInstrument: null,
    adoptingBody: null,
    endorsementStatus: 'draft',
    endorsementDate: null,
    endorsementInstrument: null,
    provenance: 'entered',
    revisionNote: null,
    ...overrides,
  };
}

/** A saved implemented action, started 2024-03-01, funded from domestic public funds; `overrides` fill what a test needs. */
export function fakeAction(id: string, overrides: Partial<ImplementedAction> = {}): ImplementedAction {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    deletedAt: null,
    description: 'Terracing on the Mwingi slopes',
    locationName: null,
    startDate: '2024-03-01',
    areaKm2: null,
    fundingSource: 'domestic_public',
    projectRef: null,
    wocatReference: null,
    provenance: 'entered',
    revisionNote: null,
    targetIds: [],
    ...overrides,
  };
}

/**
 * The targets commands with the rules the UI relies on (a sub-target only under a live national target,
 * a revision note for a target pre-filled from an earlier report, no delete while sub-targets live, a
 * shared area within the target's), the rubric from the real `shared/targets/rubric.ts` and the roll-up
 * from `shared/targets/rollup.ts`.
 */
export function targetsHandlers(state: State, { id, now, touch, refuse }: Helpers): Handlers {
  const data = () => state.targets;
  const targetOf = (targetId: string, path: (string | number)[] = ['id']) => {
    const found = live(data().targets).find((t) => t.id === targetId);
    if (!found) throw refuse('not_found', 'errors:targets.targetNotFound', path);
    return found;
  };
  const measuresOf = (targetId: string) => live(data().measures).filter((m) => m.targetId === targetId);
  const linksOf = (targetId: string) => live(data().links).filter((l) => l.targetId === targetId);
  const rubricOf = (t: Target) => assessTarget({ ...t, links: linksOf(t.id), measures: measuresOf(t.id) });
  /** The live consultations' decisions that name the target, grouped by consultation. */
  const decisionsAbout = (targetId: string) => {
    const about = live(state.consultations.decisions).filter((d) => d.subjectType === 'target' && d.subjectId === targetId);
    return live(state.consultations.consultations)
      .map((consultation) => ({ consultation, decisions: about.filter((d) => d.consultationId === consultation.id) }))
      .filter((item) => item.decisions.length > 0);
  };
  const listItem = (t: Target): TargetListItem => ({
    ...t,
    rubric: rubricOf(t),
    subTargetCount: live(data().targets).filter((s) => s.parentTargetId === t.id).length,
    measureCount: measuresOf(t.id).length,
    linkCount: linksOf(t.id).length,
  });
  const detail = (t: Target): TargetDetail => ({
    ...t,
    rubric: rubricOf(t),
    subTargets: live(data().targets).filter((s) => s.parentTargetId === t.id).map(listItem),
    measures: measuresOf(t.id),
    actions: live(data().actions).filter((a) => a.targetIds.includes(t.id)),
    links: linksOf(t.id),
    decisions: decisionsAbout(t.id),
  });
  const replace = <T extends { id: string }>(items: T[], item: T): T[] => [...items.filter((other) => other.id !== item.id), item];
  const checkLandType = (landTypeId: string, path: (string | number)[]) => {
    if (!live(state.landTypes).some((l) => l.id === landTypeId)) throw refuse('not_found', 'errors:targets.landTypeNotFound', path);
  };

  return {
    'targets.list': ({ includeDeleted, level, status, parentTargetId }) => ({
      items: (includeDeleted ? data().targets : live(data().targets))
        .filter((t) => (level ? t.level === level : true) && (status ? t.status === status : true))
        .filter((t) => (parentTargetId ? t.parentTargetId === parentTargetId : true))
        .sort((a, b) => (a.level === b.level ? a.targetYear - b.targetYear : a.level === 'national' ? -1 : 1))
        .map(listItem),
    }),
    'targets.get': ({ id: targetId }) => detail(targetOf(targetId)),
    'targets.save': (input) => {
      const existing = input.id ? targetOf(input.id) : undefined;
      if (input.parentTargetId) {
        const parent = targetOf(input.parentTargetId, ['parentTargetId']);
        if (parent.parentTargetId !== null) throw refuse('validation', 'errors:targets.parentIsSubTarget', ['parentTargetId']);
        if (parent.level !== 'national') throw refuse('validation', 'errors:targets.parentNotNational', ['parentTargetId']);
      }
      if (existing && existing.provenance !== 'entered' && input.revisionNote === undefined) {
        throw refuse('validation', 'errors:targets.revisionNoteRequired', ['revisionNote']);
      }
      input.landTypeIds.forEach((landTypeId, i) => checkLandType(landTypeId, ['landTypeIds', i]));
      const saved = fakeTarget(existing?.id ?? id(), {
        createdAt: existing?.createdAt ?? now(),
        updatedAt: now(),
        parentTargetId: input.parentTargetId ?? null,
        strategicObjective: input.strategicObjective,
        pattern: input.pattern ?? null,
        text: input.text,
        level: input.level,
        ambition: input.ambition ?? null,
        ambitionJustification: input.ambitionJustification ?? null,
        hierarchyTypes: input.hierarchyTypes,
        actionVerb: input.actionVerb ?? null,
        indicators: input.indicators,
        landCoverClasses: input.landCoverClasses,
        landTypeIds: input.landTypeIds,
        targetValue: input.targetValue ?? null,
        targetUnit: input.targetUnit ?? null,
        baselineValue: input.baselineValue ?? null,
        baselineYear: input.baselineYear ?? null,
        startYear: input.startYear ?? null,
        targetYear: input.targetYear,
        milestones: input.milestones,
        locationName: input.locationName ?? null,
        targetAreaKm2: input.targetAreaKm2 ?? null,
        status: input.status,
        achievedYear: input.achievedYear ?? null,
        genderNotes: input.genderNotes ?? null,
        gapPriorityAreas: input.gapPriorityAreas,
        planningInstrument: input.planningInstrument ?? null,
        adoptingBody: input.adoptingBody ?? null,
        endorsementStatus: input.endorsementStatus,
        endorsementDate: input.endorsementDate ?? null,
        endorsementInstrument: input.endorsementInstrument ?? null,
        provenance: existing?.provenance ?? input.provenance,
        revisionNote: input.revisionNote ?? null,
      });
      data().targets = replace(data().targets, saved);
      touch();
      return detail(saved);
    },
    'targets.delete': ({ id: targetId }) => {
      targetOf(targetId);
      if (live(data().targets).some((t) => t.parentTargetId === targetId)) throw refuse('conflict', 'errors:targets.hasSubTargets');
      data().targets = data().targets.map((t) => (t.id === targetId ? { ...t, deletedAt: now() } : t));
      touch();
      return { id: targetId };
    },
    'targets.restore': ({ id: targetId }) => {
      const target = data().targets.find((t) => t.id === targetId);
      if (!target) throw refuse('not_found', 'errors:targets.targetNotFound', ['id']);
      if (target.parentTargetId) targetOf(target.parentTargetId, ['parentTargetId']);
      const restored = { ...target, deletedAt: null };
      data().targets = replace(data().targets, restored);
      touch();
      return restored;
    },
    'targets.history': ({ id: targetId, limit }) => ({
      entries: state.history.filter((entry) => entry.entityId === targetId).slice(0, limit),
      nextBefore: null,
    }),
    'targets.saveMeasure': ({ id: measureId, ...input }) => {
      targetOf(input.targetId, ['targetId']);
      if (input.landTypeId) checkLandType(input.landTypeId, ['landTypeId']);
      const saved: TargetMeasure = {
        id: measureId ?? id(),
        createdAt: now(),
        updatedAt: now(),
        deletedAt: null,
        ...input,
        landTypeId: input.landTypeId ?? null,
        expectedGainKm2: input.expectedGainKm2 ?? null,
        expectedAvoidedLossKm2: input.expectedAvoidedLossKm2 ?? null,
        effectivenessPercent: input.effectivenessPercent ?? null,
        slmTechnology: input.slmTechnology ?? null,
        wocatReference: input.wocatReference ?? null,
      };
      data().measures = replace(data().measures, saved);
      touch();
      return saved;
    },
    'targets.deleteMeasure': ({ id: measureId }) => {
      data().measures = data().measures.map((m) => (m.id === measureId ? { ...m, deletedAt: now() } : m));
      touch();
      return { id: measureId };
    },
    'targets.restoreMeasure': ({ id: measureId }) => {
      const measure = data().measures.find((m) => m.id === measureId);
      if (!measure) throw refuse('not_found', 'errors:targets.measureNotFound', ['id']);
      targetOf(measure.targetId, ['targetId']);
      const restored = { ...measure, deletedAt: null };
      data().measures = replace(data().measures, restored);
      touch();
      return restored;
    },
    'targets.listActions': ({ includeDeleted }) => ({
      items: (includeDeleted ? data().actions : live(data().actions)).sort((a, b) => b.startDate.localeCompare(a.startDate)),
    }),
    'targets.saveAction': ({ id: actionId, targetIds, ...input }) => {
      const existing = actionId ? data().actions.find((a) => a.id === actionId && a.deletedAt === null) : undefined;
      if (actionId && !existing) throw refuse('not_found', 'errors:targets.actionNotFound', ['id']);
      if (existing && existing.provenance !== 'entered' && input.revisionNote === undefined) {
        throw refuse('validation', 'errors:targets.actionRevisionNoteRequired', ['revisionNote']);
      }
      targetIds.forEach((targetId, i) => targetOf(targetId, ['targetIds', i]));
      const saved: ImplementedAction = {
        id: existing?.id ?? id(),
        createdAt: existing?.createdAt ?? now(),
        updatedAt: now(),
        deletedAt: null,
        ...input,
        locationName: input.locationName ?? null,
        areaKm2: input.areaKm2 ?? null,
        projectRef: input.projectRef ?? null,
        wocatReference: input.wocatReference ?? null,
        provenance: existing?.provenance ?? input.provenance,
        revisionNote: input.revisionNote ?? null,
        targetIds,
      };
      data().actions = replace(data().actions, saved);
      touch();
      return saved;
    },
    'targets.deleteAction': ({ id: actionId }) => {
      data().actions = data().actions.map((a) => (a.id === actionId ? { ...a, deletedAt: now() } : a));
      touch();
      return { id: actionId };
    },
    'targets.restoreAction': ({ id: actionId }) => {
      const action = data().actions.find((a) => a.id === actionId);
      if (!action) throw refuse('not_found', 'errors:targets.actionNotFound', ['id']);
      const restored = { ...action, deletedAt: null };
      data().actions = replace(data().actions, restored);
      touch();
      return restored;
    },
    'targets.saveLink': ({ id: linkId, ...input }) => {
      const target = targetOf(input.targetId, ['targetId']);
      if (input.sharedAreaKm2 !== undefined && target.targetAreaKm2 !== null && input.sharedAreaKm2 > target.targetAreaKm2) {
        throw refuse('validation', 'errors:targets.sharedAreaExceedsTarget', ['sharedAreaKm2'], { max: target.targetAreaKm2 });
      }
      const saved: CommitmentLink = {
        id: linkId ?? id(),
        createdAt: now(),
        updatedAt: now(),
        deletedAt: null,
        ...input,
        targetNumber: input.targetNumber ?? null,
        sharedAreaKm2: input.sharedAreaKm2 ?? null,
        sharePct: input.sharePct ?? null,
        note: input.note ?? null,
      };
      data().links = replace(data().links, saved);
      touch();
      return saved;
    },
    'targets.deleteLink': ({ id: linkId }) => {
      data().links = data().links.map((l) => (l.id === linkId ? { ...l, deletedAt: now() } : l));
      touch();
      return { id: linkId };
    },
    'targets.restoreLink': ({ id: linkId }) => {
      const link = data().links.find((l) => l.id === linkId);
      if (!link) throw refuse('not_found', 'errors:targets.linkNotFound', ['id']);
      targetOf(link.targetId, ['targetId']);
      const restored = { ...link, deletedAt: null };
      data().links = replace(data().links, restored);
      touch();
      return restored;
    },
    'targets.commitments': () => {
      const liveTargets = new Map(live(data().targets).map((t) => [t.id, t]));
      const links = live(data().links).filter((l) => liveTargets.has(l.targetId));
      return {
        frameworks: FRAMEWORKS.map((framework) => {
          const own = links.filter((l) => l.framework === framework);
          return {
            framework,
            links: own.map((link) => {
              const { id: targetId, text, level, status, parentTargetId } = liveTargets.get(link.targetId)!;
              return { link, target: { id: targetId, text, level, status, parentTargetId } };
            }),
            sharedAreaKm2: own.reduce((sum, l) => sum + (l.sharedAreaKm2 ?? 0), 0),
          };
        }).filter((row) => row.links.length > 0),
      };
    },
    'targets.rollup': () => {
      const targets = live(data().targets);
      const ids = new Set(targets.map((t) => t.id));
      return rollupRestoration(
        targets,
        live(data().links).filter((l) => ids.has(l.targetId)),
      );
    },
    'targets.rubricSummary': () => summariseRubrics(live(data().targets).map(rubricOf)),
  };
}
