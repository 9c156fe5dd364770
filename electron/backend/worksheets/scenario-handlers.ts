import type { EntityRecord } from '../db/entities';
import { AppError, fieldError } from '../errors';
import type { Handlers } from '../handler-types';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { linkTargets } from './measure-targets';
import { listScenarios, liveScenarioThatIs, lossesOf, measuresOf, requireScenario, scenarioWithName, toScenario } from './repository';

type ScenarioCommand =
  | 'worksheets.listScenarios'
  | 'worksheets.saveScenario'
  | 'worksheets.duplicateScenario'
  | 'worksheets.deleteScenario'
  | 'worksheets.restoreScenario'
  | 'worksheets.setPreferredScenario';

export const scenarioHandlers: Handlers<ScenarioCommand> = {
  'worksheets.listScenarios': (_input, session) => {
    const ws = session.workspace();
    ensureBusinessAsUsual(ws);
    return { items: listScenarios(ws) };
  },

  'worksheets.saveScenario': ({ id, name, description }, session) => {
    const ws = session.workspace();
    ensureBusinessAsUsual(ws);
    if (id) requireScenario(ws, id, ['id']);
    assertNameFree(ws, name, id);
    if (!id) return toScenario(ws.mutator.insert('scenario', { name, description: description ?? null, kind: 'alternative', isPreferred: 0 }));
    return toScenario(ws.mutator.update('scenario', id, { name, description: description ?? null }));
  },

  /** The copy is an alternative (never a second business as usual) and not preferred. */
  'worksheets.duplicateScenario': ({ id, name }, session) => {
    const ws = session.workspace();
    const source = requireScenario(ws, id, ['id']);
    assertNameFree(ws, name);
    const copy = ws.mutator.insert('scenario', { name, description: source.description, kind: 'alternative', isPreferred: 0 });
    for (const loss of lossesOf(ws, id)) ws.mutator.insert('anticipated_loss', { ...withoutBookkeeping(loss), scenarioId: copy.id });
    for (const { targetIds, ...measure } of measuresOf(ws, id)) {
      const measureCopy = ws.mutator.insert('response_measure', { ...withoutBookkeeping(measure), scenarioId: copy.id });
      linkTargets(ws, measureCopy.id, targetIds);
    }
    return toScenario(copy);
  },

  /** Business as usual is the reference every other scenario is read against, so it stays. */
  'worksheets.deleteScenario': ({ id }, session) => {
    const ws = session.workspace();
    const scenario = requireScenario(ws, id, ['id']);
    if (scenario.kind === 'business_as_usual') throw new AppError('conflict', 'errors:worksheets.businessAsUsualKept');
    // The preference goes back to business as usual, and the tombstone keeps no flag a restore could double.
    if (scenario.isPreferred === 1) makePreferred(ws, ensureBusinessAsUsual(ws).id);
    ws.mutator.remove('scenario', id);
    return { id };
  },

  /** Undo of a delete. The scenario comes back as it was deleted: an alternative, not preferred, with its entries. */
  'worksheets.restoreScenario': ({ id }, session) => {
    const ws = session.workspace();
    const scenario = ws.mutator.find('scenario', id);
    if (!scenario) throw fieldError('not_found', { path: ['id'], messageKey: 'errors:worksheets.scenarioNotFound' });
    if (scenario.deletedAt === null) return toScenario(scenario);
    if (scenario.name !== null) assertNameFree(ws, scenario.name, id);
    return toScenario(ws.mutator.restore('scenario', id));
  },

  'worksheets.setPreferredScenario': ({ id }, session) => {
    const ws = session.workspace();
    requireScenario(ws, id, ['id']);
    makePreferred(ws, id);
    return { items: listScenarios(ws) };
  },
};

/**
 * Every workspace has a business-as-usual scenario. It is made the first time scenarios are listed or
 * saved rather than when the workspace is created, because workspaces made before worksheets existed
 * (upgraded from version 1) need it too, and a migration cannot write through the change log.
 * It starts as the preferred scenario, so that exactly one is preferred from the start.
 */
function ensureBusinessAsUsual(ws: OpenWorkspace): EntityRecord<'scenario'> {
  const existing = liveScenarioThatIs(ws, 'businessAsUsual');
  if (existing) return existing;
  const isPreferred = liveScenarioThatIs(ws, 'preferred') ? 0 : 1;
  return ws.mutator.insert('scenario', { name: null, description: null, kind: 'business_as_usual', isPreferred });
}

/** Moves the preference to `id`: off first, then on, as the unique index allows one preferred scenario at any moment. */
function makePreferred(ws: OpenWorkspace, id: string): void {
  const current = liveScenarioThatIs(ws, 'preferred');
  if (current && current.id !== id) ws.mutator.update('scenario', current.id, { isPreferred: 0 });
  ws.mutator.update('scenario', id, { isPreferred: 1 });
}

function assertNameFree(ws: OpenWorkspace, name: string, id?: string): void {
  if (scenarioWithName(ws, name, id)) {
    throw fieldError('conflict', { path: ['name'], messageKey: 'errors:worksheets.scenarioNameTaken', params: { name } });
  }
}

/** A record's own values, without id and timestamps: what a copy of it is made of. */
function withoutBookkeeping<T extends { id: string; createdAt: string; updatedAt: string; deletedAt: string | null }>(
  record: T,
): Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, deletedAt: _deletedAt, ...values } = record;
  return values;
}
