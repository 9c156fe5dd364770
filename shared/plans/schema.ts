import { z } from 'zod';
import { UNCCD_LAND_COVER_CODES } from '../baseline/classes';
import { entityId, timestamp } from '../ids';
import { FEATURE_PROBLEM_CODES } from '../maps/schema';
import { optionalText, withMessageKey } from '../validation';
import { degradationProcess, WORKSHEET_YEARS } from '../worksheets/schema';
import { MAX_LAND_AREA_KM2 } from '../workspace/schema';

/** Land-use plans, their zones and the land-cover conversions they plan (issue 7, domain-spec §7.4). */

export const PLAN_LEVELS = ['national', 'subnational', 'landscape'] as const;
export const planLevel = z.enum(PLAN_LEVELS);
export type PlanLevel = z.infer<typeof planLevel>;

export const PLAN_STATUSES = ['draft', 'under_consultation', 'adopted', 'in_force', 'expired'] as const;
export const planStatus = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof planStatus>;

export const ZONING_CLASSES = [
  'protection',
  'conservation',
  'restoration',
  'agriculture',
  'rangeland',
  'forestry',
  'urban_development',
  'infrastructure',
  'mining',
  'water',
  'mixed_use',
  'other',
] as const;
export const zoningClass = z.enum(ZONING_CLASSES);
export type ZoningClass = z.infer<typeof zoningClass>;

/** Years a plan's period may name: plans adopted last century can still be in force. */
export const PLAN_PERIOD_YEARS = { min: 1900, max: 2100 } as const;
/** A planned conversion is expected within the worksheets' planning years, where it counts as a loss. */
export const CONVERSION_YEARS = WORKSHEET_YEARS;

const bookkeeping = { id: entityId, createdAt: timestamp, updatedAt: timestamp, deletedAt: timestamp.nullable() };

export const landUsePlan = z.object({
  ...bookkeeping,
  name: z.string(),
  level: planLevel,
  /** The legal or policy instrument, e.g. "Decree 2021-114". */
  instrument: z.string().nullable(),
  adoptingBody: z.string().nullable(),
  status: planStatus,
  periodStart: z.number().int().nullable(),
  periodEnd: z.number().int().nullable(),
  notes: z.string().nullable(),
});
export type LandUsePlan = z.infer<typeof landUsePlan>;

const periodYear = z
  .number()
  .int()
  .refine((y) => y >= PLAN_PERIOD_YEARS.min && y <= PLAN_PERIOD_YEARS.max, withMessageKey('errors:plans.periodYearOutOfRange'));

export const planInput = z
  .object({
    id: entityId.optional(),
    name: z.string().trim().min(1).max(300),
    level: planLevel,
    instrument: optionalText(500),
    adoptingBody: optionalText(500),
    status: planStatus,
    periodStart: periodYear.optional(),
    periodEnd: periodYear.optional(),
    notes: optionalText(4000),
  })
  .superRefine((plan, ctx) => {
    if (plan.periodStart !== undefined && plan.periodEnd !== undefined && plan.periodEnd < plan.periodStart) {
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], ...withMessageKey('errors:plans.periodEndBeforeStart') });
    }
  });
export type PlanInput = z.input<typeof planInput>;

/** A UNCCD land-cover class code, 1–7 (shared/baseline/classes.ts). */
const landCoverClass = z
  .number()
  .int()
  .refine((code) => (UNCCD_LAND_COVER_CODES as readonly number[]).includes(code), withMessageKey('errors:plans.unknownLandCoverClass'));

export const planZoneConversion = z.object({
  id: entityId,
  zoneId: entityId,
  fromClass: z.number().int(),
  toClass: z.number().int(),
  areaKm2: z.number(),
  expectedYear: z.number().int(),
  driver: degradationProcess,
  /** The workspace's national transition matrix calls from → to degradation: the conversion is an anticipated loss. */
  isLoss: z.boolean(),
});
export type PlanZoneConversion = z.infer<typeof planZoneConversion>;

export const conversionInput = z
  .object({
    id: entityId.optional(),
    zoneId: entityId,
    fromClass: landCoverClass,
    toClass: landCoverClass,
    areaKm2: z
      .number()
      .max(MAX_LAND_AREA_KM2)
      .refine((v) => v >= 0, withMessageKey('errors:plans.areaNegative')),
    expectedYear: z
      .number()
      .int()
      .refine((y) => y >= CONVERSION_YEARS.min && y <= CONVERSION_YEARS.max, withMessageKey('errors:plans.expectedYearOutOfRange')),
    driver: degradationProcess,
  })
  .superRefine((conversion, ctx) => {
    if (conversion.fromClass === conversion.toClass) {
      ctx.addIssue({ code: 'custom', path: ['toClass'], ...withMessageKey('errors:plans.sameClass') });
    }
  });
export type ConversionInput = z.input<typeof conversionInput>;

export const planZone = z.object({
  id: entityId,
  planId: entityId,
  name: z.string(),
  zoningClass,
  /** The land type the zone lies in: its conversions count in that land type's worksheet. */
  landTypeId: entityId.nullable(),
  notes: z.string().nullable(),
  /** The geodesic area of the zone's geometry; null while it has none. */
  areaKm2: z.number().nullable(),
  /** Live conversions, by expected year. */
  conversions: z.array(planZoneConversion),
});
export type PlanZone = z.infer<typeof planZone>;

export const zoneInput = z.object({
  id: entityId.optional(),
  planId: entityId,
  name: z.string().trim().min(1).max(300),
  zoningClass,
  /** Left out or null: the zone lies in no recorded land type, and its conversions feed no worksheet. */
  landTypeId: entityId.nullable().optional(),
  notes: optionalText(4000),
});
export type ZoneInput = z.input<typeof zoneInput>;

export const planSummary = landUsePlan.extend({
  zoneCount: z.number().int(),
  /** The sum of the live zones' mapped areas; null while no zone has a geometry. */
  zonesAreaKm2: z.number().nullable(),
});
export type PlanSummary = z.infer<typeof planSummary>;

/** Which attribute of an imported file holds a zone's name, zoning class and land type (code or name). */
export const zoneImportMapping = z.object({
  nameAttribute: z.string().min(1).optional(),
  zoningClassAttribute: z.string().min(1).optional(),
  landTypeAttribute: z.string().min(1).optional(),
});
export type ZoneImportMapping = z.infer<typeof zoneImportMapping>;

/** What stops one imported feature from becoming a zone, beyond the geometry problems maps reports. */
export const ZONE_IMPORT_PROBLEMS = ['missing_name', 'unknown_zoning_class', 'unknown_land_type'] as const;
/** A row's problems: the geometry's (maps' preview) and the zone's own. */
export const zoneImportProblem = z.object({
  code: z.enum([...FEATURE_PROBLEM_CODES, ...ZONE_IMPORT_PROBLEMS]),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ZoneImportProblem = z.infer<typeof zoneImportProblem>;

/** One feature of the file as the zone it would become; a zone with problems cannot be imported. */
export const zoneImportRow = z.object({
  index: z.number().int(),
  name: z.string().nullable(),
  /** Null when the mapped attribute holds a value that is no zoning class; 'other' when no attribute is mapped or the value is empty. */
  zoningClass: zoningClass.nullable(),
  landTypeId: entityId.nullable(),
  problems: z.array(zoneImportProblem),
});
export type ZoneImportRow = z.infer<typeof zoneImportRow>;
