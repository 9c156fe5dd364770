import { actionHandlers } from './action-handlers';
import { linkHandlers } from './link-handlers';
import { measureHandlers } from './measure-handlers';
import { overviewHandlers } from './overview-handlers';
import { targetHandlers } from './target-handlers';

/** LDN targets: targets and sub-targets, measures, implemented actions, commitment links and the views across them. */
export const targetsHandlers = { ...targetHandlers, ...measureHandlers, ...actionHandlers, ...linkHandlers, ...overviewHandlers };
