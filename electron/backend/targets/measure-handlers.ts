import type { Handlers } from '../handler-types';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { requireLive, requireTarget } from './repository';

type MeasureCommand = 'targets.saveMeasure' | 'targets.deleteMeasure' | 'targets.restoreMeasure';

const requireMeasure = (ws: OpenWorkspace, id: string, allowDeleted = false) =>
  requireLive(ws, 'target_measure', id, ['id'], 'errors:targets.measureNotFound', allowDeleted);

/** Measures planned under a target; each save writes the whole form (optional fields left out are cleared). */
export const measureHandlers: Handlers<MeasureCommand> = {
  'targets.saveMeasure': ({ id, ...form }, session) => {
    const ws = session.workspace();
    requireTarget(ws, form.targetId, ['targetId']);
    if (form.landTypeId) requireLive(ws, 'landtype', form.landTypeId, ['landTypeId'], 'errors:targets.landTypeNotFound');
    if (id) requireMeasure(ws, id);
    const values = {
      ...form,
      landTypeId: form.landTypeId ?? null,
      expectedGainKm2: form.expectedGainKm2 ?? null,
      expectedAvoidedLossKm2: form.expectedAvoidedLossKm2 ?? null,
      effectivenessPercent: form.effectivenessPercent ?? null,
      slmTechnology: form.slmTechnology ?? null,
      wocatReference: form.wocatReference ?? null,
    };
    return id ? ws.mutator.update('target_measure', id, values) : ws.mutator.insert('target_measure', values);
  },

  'targets.deleteMeasure': ({ id }, session) => {
    const ws = session.workspace();
    requireMeasure(ws, id);
    ws.mutator.remove('target_measure', id);
    return { id };
  },

  /** Undo of a delete, as long as its target is live: otherwise the measure would belong nowhere. */
  'targets.restoreMeasure': ({ id }, session) => {
    const ws = session.workspace();
    const measure = requireMeasure(ws, id, true);
    requireTarget(ws, measure.targetId, ['targetId']);
    return ws.mutator.restore('target_measure', id);
  },
};
