import { balanceHandlers } from './balance-handlers';
import { entryHandlers } from './entry-handlers';
import { observedHandlers } from './observed-handlers';
import { scenarioHandlers } from './scenario-handlers';
import { targetMeasuresHandlers } from './target-measures-handlers';

/**
 * The response-hierarchy worksheets: scenarios, their losses and measures, the computed balance and the
 * observed one, and the measures that work towards a target.
 */
export const worksheetsHandlers = { ...scenarioHandlers, ...entryHandlers, ...balanceHandlers, ...observedHandlers, ...targetMeasuresHandlers };
