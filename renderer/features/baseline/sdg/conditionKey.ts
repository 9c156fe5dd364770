import { CONDITION, type ConditionCode } from '../../../../shared/baseline/classes';

/** A 3-class condition code (1, 0, −1, no data) → its locale key under `condition.`. */
export const CONDITION_KEY: Record<ConditionCode, 'improved' | 'stable' | 'degraded' | 'noData'> = {
  [CONDITION.improved]: 'improved',
  [CONDITION.stable]: 'stable',
  [CONDITION.degraded]: 'degraded',
  [CONDITION.noData]: 'noData',
};
