import { z } from 'zod';
import { command } from '../command';
import { entityId } from '../ids';
import { withMessageKey } from '../validation';
import {
  anticipatedLoss,
  lossInput,
  measureInput,
  observedLandTypeBalance,
  responseMeasure,
  scenario,
  scenarioBalance,
  scenarioInput,
  scenarioName,
  worksheet,
  WORKSHEET_YEARS,
} from './schema';
import { measureForTarget } from './target-measures';

const byId = z.object({ id: entityId });
const targetYear = z.number().int().min(WORKSHEET_YEARS.min).max(WORKSHEET_YEARS.max);

export const worksheetsContract = {
  /** The live scenarios, business as usual first; creates that one the first time a workspace has none. */
  'worksheets.listScenarios': command({ scope: 'workspace', input: z.object({}), output: z.object({ items: z.array(scenario) }) }),
  /** Creates (no id) or renames and redescribes (id) a scenario. Names are unique among live scenarios. */
  'worksheets.saveScenario': command({ scope: 'workspace', input: scenarioInput, output: scenario }),
  /** A new alternative scenario with copies of the live losses and measures of `id`, the measures' linked targets included. */
  'worksheets.duplicateScenario': command({
    scope: 'workspace',
    input: z.object({ id: entityId, name: scenarioName }),
    output: scenario,
  }),
  /** Marks the scenario deleted (a tombstone). Business as usual cannot be deleted; it becomes preferred if the deleted one was. */
  'worksheets.deleteScenario': command({ scope: 'workspace', input: byId, output: byId }),
  /**
   * Undo of a delete: the same scenario comes back, with the losses and measures it had, not preferred.
   * Refused on `name` when a live scenario has taken its name in the meantime.
   */
  'worksheets.restoreScenario': command({ scope: 'workspace', input: byId, output: scenario }),
  /** Makes this scenario the working group's preferred one, and no other. */
  'worksheets.setPreferredScenario': command({ scope: 'workspace', input: byId, output: z.object({ items: z.array(scenario) }) }),
  'worksheets.saveLoss': command({ scope: 'workspace', input: lossInput, output: anticipatedLoss }),
  'worksheets.deleteLoss': command({ scope: 'workspace', input: byId, output: byId }),
  /** Undo of a delete: the same loss comes back; refused on `scenarioId`/`landTypeId` when either is deleted meanwhile. */
  'worksheets.restoreLoss': command({ scope: 'workspace', input: byId, output: anticipatedLoss }),
  /** `targetIds` replaces the measure's linked targets; a missing or deleted target is refused at `targetIds`. */
  'worksheets.saveMeasure': command({ scope: 'workspace', input: measureInput, output: responseMeasure }),
  'worksheets.deleteMeasure': command({ scope: 'workspace', input: byId, output: byId }),
  /** Undo of a delete: the same measure comes back; refused like `worksheets.restoreLoss`. */
  'worksheets.restoreMeasure': command({ scope: 'workspace', input: byId, output: responseMeasure }),
  /** The scenario with its live losses and measures, one group per live land type in code order. */
  'worksheets.get': command({ scope: 'workspace', input: z.object({ scenarioId: entityId }), output: worksheet }),
  /** The computed balance as of `targetYear` (default: the scenario's last year; see shared/worksheets/logic.ts). */
  'worksheets.balance': command({
    scope: 'workspace',
    input: z.object({ scenarioId: entityId, targetYear: targetYear.optional() }),
    output: scenarioBalance,
  }),
  /**
   * The observed (ex-post) balance per live land type, from the latest Trends.Earth counterbalancing
   * import that covered it, in code order; empty when none was imported. It belongs to the workspace, not
   * to a scenario or a target year, so it is read once and shown beside every scenario's planned balance.
   */
  'worksheets.observedBalance': command({
    scope: 'workspace',
    input: z.object({}),
    output: z.object({ items: z.array(observedLandTypeBalance) }),
  }),
  /**
   * The live measures linked to a live target, in every live scenario (business as usual first, then by
   * land type code and level), for the target's page. Refused at `targetId` when the target is deleted or missing.
   */
  'worksheets.measuresForTarget': command({
    scope: 'workspace',
    input: z.object({ targetId: entityId }),
    output: z.object({ items: z.array(measureForTarget) }),
  }),
  /** Balances side by side, all as of the same target year (default: the last year of any of them). */
  'worksheets.compare': command({
    scope: 'workspace',
    input: z.object({
      scenarioIds: z
        .array(entityId)
        .min(2)
        .max(6)
        .refine((ids) => new Set(ids).size === ids.length, withMessageKey('errors:worksheets.scenarioRepeated')),
      targetYear: targetYear.optional(),
    }),
    output: z.object({ targetYear: z.number().int(), items: z.array(scenarioBalance) }),
  }),
};
