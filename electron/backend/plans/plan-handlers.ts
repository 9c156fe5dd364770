import type { Handlers } from '../handler-types';
import { appError } from '../errors';
import { listPlans, requirePlan, zonesOf } from './repository';

type PlanCommand = 'plans.list' | 'plans.get' | 'plans.save' | 'plans.delete' | 'plans.restore';

/** Each save writes the whole form: optional fields left out are cleared. */
export const planHandlers: Handlers<PlanCommand> = {
  'plans.list': (_input, session) => ({ items: listPlans(session.workspace()) }),

  'plans.get': ({ id }, session) => {
    const ws = session.workspace();
    return { plan: requirePlan(ws, id), zones: zonesOf(ws, id) };
  },

  'plans.save': ({ id, ...fields }, session) => {
    const ws = session.workspace();
    const values = {
      ...fields,
      instrument: fields.instrument ?? null,
      adoptingBody: fields.adoptingBody ?? null,
      periodStart: fields.periodStart ?? null,
      periodEnd: fields.periodEnd ?? null,
      notes: fields.notes ?? null,
    };
    if (!id) return ws.mutator.insert('land_use_plan', values);
    requirePlan(ws, id);
    return ws.mutator.update('land_use_plan', id, values);
  },

  /**
   * Only the plan is tombstoned: its zones and conversions stay as they were, and since the worksheets read
   * conversions of live plans only, they stop counting as losses at once and come back with a restore.
   */
  'plans.delete': ({ id }, session) => {
    const ws = session.workspace();
    requirePlan(ws, id);
    ws.mutator.remove('land_use_plan', id);
    return { id };
  },

  'plans.restore': ({ id }, session) => {
    const ws = session.workspace();
    if (!ws.mutator.find('land_use_plan', id)) throw appError('not_found', { entity: 'land_use_plan', id });
    return ws.mutator.restore('land_use_plan', id);
  },
};
