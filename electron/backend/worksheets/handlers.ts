import { balanceHandlers } from './balance-handlers';
import { entryHandlers } from './entry-handlers';
import { scenarioHandlers } from './scenario-handlers';

/** The response-hierarchy worksheets: scenarios, their losses and measures, and the computed balance. */
export const worksheetsHandlers = { ...scenarioHandlers, ...entryHandlers, ...balanceHandlers };
