import { z } from 'zod';
import { entityId, timestamp } from '../ids';
import { optionalText, withMessageKey } from '../validation';

/**
 * SO1-1.T1 key degradation processes and the SO1-4.T3/T4/T5 site tables (domain-spec §1.3, §1.6, §7.2):
 * attributes only; the geometry comes with the map.
 */

/** SO1-1.T1 drop-down (§1.3 "Degradation process code list"); `other` carries a title of its own. */
export const DEGRADATION_PROCESS_CODES = ['urban_expansion', 'deforestation', 'vegetation_loss', 'inundation', 'woody_encroachment', 'wetland_drainage', 'other'] as const;
export const degradationProcessCode = z.enum(DEGRADATION_PROCESS_CODES);
export type DegradationProcessCode = z.infer<typeof degradationProcessCode>;

export const degradationProcess = z.object({ id: entityId, code: degradationProcessCode, otherTitle: z.string().nullable() });
export type DegradationProcess = z.infer<typeof degradationProcess>;

/** The whole SO1-1.T1 selection: one entry per process ticked. */
export const degradationProcessesInput = z
  .object({
    codes: z.array(degradationProcessCode).max(DEGRADATION_PROCESS_CODES.length),
    otherTitle: optionalText(200),
  })
  .refine((p) => new Set(p.codes).size === p.codes.length, { path: ['codes'], ...withMessageKey('errors:field.invalid') })
  .refine((p) => !p.codes.includes('other') || p.otherTitle !== undefined, { path: ['otherTitle'], ...withMessageKey('errors:baseline.otherProcessTitle') });
export type DegradationProcessesInput = z.input<typeof degradationProcessesInput>;

/** The earliest year a process behind a misclassified area may be said to have started. */
export const EARLIEST_PERIOD_START = 1900;

const siteArea = z.number().nonnegative().max(20_000_000);
/** The year a process started: from 1900 on; the backend also refuses a year after the current one. */
const periodStarted = z.number().int().refine((year) => year >= EARLIEST_PERIOD_START && year <= 2100, withMessageKey('errors:baseline.periodStartedYear'));

export const falsePosNegKind = z.enum(['false_positive', 'false_negative']);
export type FalsePosNegKind = z.infer<typeof falsePosNegKind>;

/** SO1-4.T3: an area the SDG 15.3.1 layer classed wrongly, with why the working group thinks so. */
export const falsePosNeg = z.object({
  id: entityId,
  kind: falsePosNegKind,
  locationName: z.string(),
  areaKm2: z.number(),
  process: z.string().nullable(),
  basis: z.string().nullable(),
  periodStarted: z.number().int().nullable(),
  updatedAt: timestamp,
});
export type FalsePosNeg = z.infer<typeof falsePosNeg>;

export const falsePosNegInput = z.object({
  id: entityId.optional(),
  kind: falsePosNegKind,
  locationName: z.string().trim().min(1).max(300),
  areaKm2: siteArea,
  process: optionalText(2000),
  basis: optionalText(2000),
  periodStarted: periodStarted.optional(),
});
export type FalsePosNegInput = z.input<typeof falsePosNegInput>;

export const hotBrightSpotKind = z.enum(['hotspot', 'brightspot']);
export type HotBrightSpotKind = z.infer<typeof hotBrightSpotKind>;

/** SO1-4.T4 (hotspot) or SO1-4.T5 (brightspot). */
export const hotBrightSpot = z.object({
  id: entityId,
  kind: hotBrightSpotKind,
  name: z.string(),
  areaKm2: z.number(),
  assessmentProcess: z.string().nullable(),
  driversProcesses: z.string().nullable(),
  actionsTaken: z.string().nullable(),
  actionsPlanned: z.string().nullable(),
  story: z.string().nullable(),
  updatedAt: timestamp,
});
export type HotBrightSpot = z.infer<typeof hotBrightSpot>;

export const hotBrightSpotInput = z.object({
  id: entityId.optional(),
  kind: hotBrightSpotKind,
  name: z.string().trim().min(1).max(300),
  areaKm2: siteArea,
  assessmentProcess: optionalText(2000),
  driversProcesses: optionalText(2000),
  actionsTaken: optionalText(2000),
  actionsPlanned: optionalText(2000),
  story: optionalText(5000),
});
export type HotBrightSpotInput = z.input<typeof hotBrightSpotInput>;

/** What `baseline.getSites` and every site write return: the three lists, small enough to send whole. */
export const baselineSites = z.object({
  processes: z.array(degradationProcess),
  falsePosNeg: z.array(falsePosNeg),
  hotBrightSpots: z.array(hotBrightSpot),
});
export type BaselineSites = z.infer<typeof baselineSites>;

/** Which site table a delete or restore is about. */
export const siteRef = z.object({ table: z.enum(['false_pos_neg', 'hot_bright_spot']), id: entityId });
export type SiteRef = z.infer<typeof siteRef>;
