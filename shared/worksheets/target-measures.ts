import { z } from 'zod';
import { entityId } from '../ids';
import { responseLevel, scenario } from './schema';

/**
 * A worksheet measure as the page of a target it works towards lists it: enough to say what, where and
 * in which scenario, and to open that scenario's worksheet.
 */
export const measureForTarget = z.object({
  measureId: entityId,
  description: z.string(),
  level: responseLevel,
  areaKm2: z.number(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  scenario,
  landType: z.object({ id: entityId, code: z.string(), name: z.string() }),
});
export type MeasureForTarget = z.infer<typeof measureForTarget>;
