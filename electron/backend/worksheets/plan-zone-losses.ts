import type { FieldError } from '../../../shared/command';
import { planZoneLosses } from '../../../shared/plans/losses';
import type { AnticipatedLoss } from '../../../shared/worksheets/schema';
import { fieldError } from '../errors';
import { lossRule } from '../plans/loss-rule';
import { plannedConversions } from '../plans/repository';
import type { OpenWorkspace } from '../workspace/open-workspace';

/**
 * The anticipated losses that land-use plans bring into a scenario: the live conversions of live zones and
 * plans that the national transition matrix calls degradation (shared/plans/losses.ts). They are computed
 * on every read, never stored per scenario, so a plan edit shows in every scenario at once.
 */
export function planZoneLossesOf(ws: OpenWorkspace, scenarioId: string): AnticipatedLoss[] {
  return planZoneLosses(scenarioId, plannedConversions(ws), lossRule(ws));
}

/** A plan-zone loss row carries its conversion's id; it is edited in its plan, so the worksheet's loss commands refuse it. */
export function refusePlanZoneLoss(ws: OpenWorkspace, id: string | undefined, path: FieldError['path'] = ['id']): void {
  if (id !== undefined && ws.mutator.find('plan_zone_conversion', id)) {
    throw fieldError('conflict', { path, messageKey: 'errors:plans.lossEditedInPlan' });
  }
}
