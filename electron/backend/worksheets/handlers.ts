import { balanceHandlers } from './balance-handlers';
import { entryHandlers } from './entry-handlers';
import { observedHandlers } from './observed-handlers';
import { scenarioHandlers } from './scenario-handlers';

/** The response-hierarchy worksheets: scenarios, their losses and measures, the computed balance and the observed one. */
export const worksheetsHandlers = { ...scenarioHandlers, ...entryHandlers, ...balanceHandlers, ...observedHandlers };
