import { planningYears, worksheetBalanceOf } from '../../../shared/worksheets/logic';
import type { AnticipatedLoss, ResponseMeasure } from '../../../shared/worksheets/schema';
import type { Handlers } from '../handler-types';
import { listLandTypes } from '../landtypes/repository';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { planZoneLossesOf } from './plan-zone-losses';
import { lossesOf, measuresOf, requireScenario, toScenario } from './repository';

type BalanceCommand = 'worksheets.get' | 'worksheets.balance' | 'worksheets.compare';

export const balanceHandlers: Handlers<BalanceCommand> = {
  'worksheets.get': ({ scenarioId }, session) => {
    const ws = session.workspace();
    const scenario = toScenario(requireScenario(ws, scenarioId, ['scenarioId']));
    return { scenario, landTypes: worksheetsOf(ws, scenarioId) };
  },

  'worksheets.balance': ({ scenarioId, targetYear }, session) => {
    const ws = session.workspace();
    const scenario = toScenario(requireScenario(ws, scenarioId, ['scenarioId']));
    return { scenario, balance: worksheetBalanceOf(worksheetsOf(ws, scenarioId), targetYear) };
  },

  /** Scenarios are compared as of one target year, else a longer plan would look better only for being longer. */
  'worksheets.compare': ({ scenarioIds, targetYear }, session) => {
    const ws = session.workspace();
    const compared = scenarioIds.map((id, index) => ({
      scenario: toScenario(requireScenario(ws, id, ['scenarioIds', index])),
      worksheets: worksheetsOf(ws, id),
    }));
    const commonYear = targetYear ?? Math.max(...compared.map(({ worksheets }) => planningYears(worksheets).targetYear));
    return {
      targetYear: commonYear,
      items: compared.map(({ scenario, worksheets }) => ({ scenario, balance: worksheetBalanceOf(worksheets, commonYear) })),
    };
  },
};

/**
 * One worksheet per live land type, in code order, with the scenario's losses (entered ones, then those of
 * land-use plan zones) and measures on it.
 * Entries on a deleted land type are left out: it is no longer a unit of the balance.
 */
function worksheetsOf(ws: OpenWorkspace, scenarioId: string) {
  const losses = byLandType([...lossesOf(ws, scenarioId), ...planZoneLossesOf(ws, scenarioId)]);
  const measures = byLandType(measuresOf(ws, scenarioId));
  return listLandTypes(ws, false).map(({ id }) => ({ landTypeId: id, losses: losses.get(id) ?? [], measures: measures.get(id) ?? [] }));
}

function byLandType<T extends AnticipatedLoss | ResponseMeasure>(entries: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const group = groups.get(entry.landTypeId);
    if (group) group.push(entry);
    else groups.set(entry.landTypeId, [entry]);
  }
  return groups;
}
