import { conversionHandlers } from './conversion-handlers';
import { importHandlers } from './import-handlers';
import { planHandlers } from './plan-handlers';
import { zoneHandlers } from './zone-handlers';

/**
 * Land-use plans (issue 7): plans, their zones (drawn, or imported from a spatial file) and planned
 * conversions, which feed the worksheets' anticipated losses.
 */
export const plansHandlers = { ...planHandlers, ...zoneHandlers, ...conversionHandlers, ...importHandlers };
