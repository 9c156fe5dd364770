import type { FeatureProblem, FeatureProblemCode } from './schema';

const MESSAGE_KEYS: Record<FeatureProblemCode, string> = {
  empty: 'errors:maps.problem.empty',
  self_intersecting: 'errors:maps.problem.selfIntersecting',
  unclosed_ring: 'errors:maps.problem.unclosedRing',
  outside_area: 'errors:maps.problem.outsideArea',
  wrong_crs: 'errors:maps.problem.wrongCrs',
  unsupported_type: 'errors:maps.problem.unsupportedType',
};

/** A feature's problem with the message the UI shows for it. */
export function problem(code: FeatureProblemCode, params?: FeatureProblem['params']): FeatureProblem {
  return params ? { code, messageKey: MESSAGE_KEYS[code], params } : { code, messageKey: MESSAGE_KEYS[code] };
}
