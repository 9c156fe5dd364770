import { z } from 'zod';
import { command } from '../command';
import { entityId } from '../ids';
import { historyPage } from '../workspace/history';
import { targetLevel, targetStatus } from './codes';
import {
  commitmentLink,
  commitmentLinkInput,
  commitmentsView,
  implementedAction,
  implementedActionInput,
  restorationRollup,
  rubricSummary,
  target,
  targetDetail,
  targetInput,
  targetListItem,
  targetMeasure,
  targetMeasureInput,
} from './schema';

const byId = z.object({ id: entityId });

export const targetsContract = {
  /** Live targets (or deleted ones too), national first then by target year, each with its rubric; filters are optional. */
  'targets.list': command({
    scope: 'workspace',
    input: z.object({
      includeDeleted: z.boolean().default(false),
      level: targetLevel.optional(),
      status: targetStatus.optional(),
      parentTargetId: entityId.optional(),
    }),
    output: z.object({ items: z.array(targetListItem) }),
  }),
  /** One target with sub-targets, measures, linked actions, commitment links, rubric and the consultation decisions behind it. */
  'targets.get': command({ scope: 'workspace', input: byId, output: targetDetail }),
  /** Creates (no id) or replaces (id) a target from the whole form; a pre-filled target needs `revisionNote`, its provenance stays. */
  'targets.save': command({ scope: 'workspace', input: targetInput, output: targetDetail }),
  /** Tombstones the target (measures and links stay with it); refused with `conflict` while it has live sub-targets. */
  'targets.delete': command({ scope: 'workspace', input: byId, output: byId }),
  /** Undo of a delete: the target comes back with its measures and links; refused on `parentTargetId` if its parent is deleted. */
  'targets.restore': command({ scope: 'workspace', input: byId, output: target }),
  /** The change log of the target, its sets, measures and commitment links, newest first, paged like workspace.history. */
  'targets.history': command({
    scope: 'workspace',
    input: z.object({ id: entityId, before: z.string().max(128).optional(), limit: z.number().int().min(1).max(500).default(100) }),
    output: historyPage,
  }),

  /** Creates (no id) or replaces (id) a measure of a live target. */
  'targets.saveMeasure': command({ scope: 'workspace', input: targetMeasureInput, output: targetMeasure }),
  /** Tombstones the measure (undo: targets.restoreMeasure). */
  'targets.deleteMeasure': command({ scope: 'workspace', input: byId, output: byId }),
  /** Undo of a delete; refused on `targetId` when the target is deleted meanwhile. */
  'targets.restoreMeasure': command({ scope: 'workspace', input: byId, output: targetMeasure }),

  /** SO1.IA.T1: live implemented actions (or deleted ones too), newest start date first, with their live linked targets. */
  'targets.listActions': command({
    scope: 'workspace',
    input: z.object({ includeDeleted: z.boolean().default(false) }),
    output: z.object({ items: z.array(implementedAction) }),
  }),
  /** Creates (no id) or replaces (id) an action and its target links; a pre-filled action needs `revisionNote`. */
  'targets.saveAction': command({ scope: 'workspace', input: implementedActionInput, output: implementedAction }),
  /** Tombstones the action; its target links stay with it (undo: targets.restoreAction). */
  'targets.deleteAction': command({ scope: 'workspace', input: byId, output: byId }),
  /** Undo of a delete: the action comes back with its target links. */
  'targets.restoreAction': command({ scope: 'workspace', input: byId, output: implementedAction }),

  /** Creates (no id) or replaces (id) a commitment link of a live target; the shared area may not exceed the target's. */
  'targets.saveLink': command({ scope: 'workspace', input: commitmentLinkInput, output: commitmentLink }),
  /** Tombstones the link (undo: targets.restoreLink). */
  'targets.deleteLink': command({ scope: 'workspace', input: byId, output: byId }),
  /** Undo of a delete; refused on `targetId` when the target is deleted meanwhile. */
  'targets.restoreLink': command({ scope: 'workspace', input: byId, output: commitmentLink }),

  /** The commitments cross-walk per framework: every live link of a live target, with the target it belongs to. */
  'targets.commitments': command({ scope: 'workspace', input: z.object({}), output: commitmentsView }),
  /** National restoration hectares counting shared area once, by owner, with the double counts avoided (shared/targets/rollup.ts). */
  'targets.rollup': command({ scope: 'workspace', input: z.object({}), output: restorationRollup }),
  /** How many live targets pass, partly meet or miss each rubric criterion. */
  'targets.rubricSummary': command({ scope: 'workspace', input: z.object({}), output: rubricSummary }),
};
