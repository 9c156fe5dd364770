import { z } from 'zod';
import { entityId, timestamp } from '../ids';
import { optionalText, withMessageKey } from '../validation';
import { MAX_LAND_AREA_KM2 } from '../workspace/schema';

/** The response hierarchy, in its order of preference: Avoid > Reduce > Reverse (domain-spec §3.1). */
export const RESPONSE_LEVELS = ['avoid', 'reduce', 'reverse'] as const;
export const responseLevel = z.enum(RESPONSE_LEVELS);
export type ResponseLevel = z.infer<typeof responseLevel>;

/**
 * Drivers of anticipated losses: the degradation processes of the PRAIS drop-down (SO1-1.T1, 2026;
 * domain-spec §1.3 and §7.2). Codes in data, labels in locales.
 */
export const DEGRADATION_PROCESSES = [
  'urban_expansion',
  'deforestation',
  'vegetation_loss',
  'inundation',
  'woody_encroachment',
  'wetland_drainage',
  'other',
] as const;
export const degradationProcess = z.enum(DEGRADATION_PROCESSES);
export type DegradationProcess = z.infer<typeof degradationProcess>;

/**
 * Where an anticipated loss comes from: entered in the worksheet, or a land-use plan zone's planned
 * conversion that the national transition matrix calls degradation (read-only here, edited in the plan).
 */
export const lossSource = z.enum(['entered', 'plan_zone']);
export type LossSource = z.infer<typeof lossSource>;

/** The plan, zone and conversion a `plan_zone` loss comes from, with the names the worksheet shows. */
export const planZoneRef = z.object({
  planId: entityId,
  planName: z.string(),
  zoneId: entityId,
  zoneName: z.string(),
  conversionId: entityId,
});
export type PlanZoneRef = z.infer<typeof planZoneRef>;

/** The business-as-usual scenario exists once per workspace; every other scenario is an alternative. */
export const scenarioKind = z.enum(['business_as_usual', 'alternative']);
export type ScenarioKind = z.infer<typeof scenarioKind>;

/** Planning years the worksheets accept: LDN baselines start in 2000; targets lie this century. */
export const WORKSHEET_YEARS = { min: 2000, max: 2100 } as const;

const areaKm2 = z.number().max(MAX_LAND_AREA_KM2).refine((v) => v >= 0, withMessageKey('errors:worksheets.areaNegative'));
const planningYear = z
  .number()
  .int()
  .refine((year) => year >= WORKSHEET_YEARS.min && year <= WORKSHEET_YEARS.max, withMessageKey('errors:worksheets.yearOutOfRange'));

const bookkeeping = { id: entityId, createdAt: timestamp, updatedAt: timestamp, deletedAt: timestamp.nullable() };

export const scenario = z.object({
  ...bookkeeping,
  /** Null only for the business-as-usual scenario until someone names it: the UI shows its localised label. */
  name: z.string().nullable(),
  description: z.string().nullable(),
  kind: scenarioKind,
  /** Exactly one live scenario is the working group's preferred one. */
  isPreferred: z.boolean(),
});
export type Scenario = z.infer<typeof scenario>;

export const scenarioName = z.string().trim().min(1).max(200);

export const scenarioInput = z.object({
  id: entityId.optional(),
  name: scenarioName,
  description: optionalText(4000),
});

export const anticipatedLoss = z.object({
  ...bookkeeping,
  scenarioId: entityId,
  landTypeId: entityId,
  areaKm2: z.number(),
  driver: degradationProcess,
  /** The loss counts from this year on. */
  expectedYear: z.number().int(),
  source: lossSource,
  notes: z.string().nullable(),
  /** Set on `plan_zone` losses (whose id is the conversion's), null on entered ones. */
  planZone: planZoneRef.nullable(),
});
export type AnticipatedLoss = z.infer<typeof anticipatedLoss>;

export const lossInput = z.object({
  id: entityId.optional(),
  scenarioId: entityId,
  landTypeId: entityId,
  areaKm2,
  driver: degradationProcess,
  expectedYear: planningYear,
  /** Only entered losses are saved here; plan-zone losses are edited in their plan. */
  source: z.literal('entered'),
  notes: optionalText(4000),
});

export const responseMeasure = z.object({
  ...bookkeeping,
  scenarioId: entityId,
  landTypeId: entityId,
  level: responseLevel,
  description: z.string(),
  areaKm2: z.number(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  slmTechnology: z.string().nullable(),
  wocatReference: z.string().nullable(),
  /** Share of the area on which the measure is expected to work; null counts as 100 %. */
  effectivenessPercent: z.number().nullable(),
  costUsd: z.number().nullable(),
  coBenefits: z.string().nullable(),
  /** The live LDN targets the measure works towards (issue 5). */
  targetIds: z.array(entityId),
});
export type ResponseMeasure = z.infer<typeof responseMeasure>;

/** A measure works towards a few targets; the cap keeps a form and its change log reasonable. */
export const MAX_LINKED_TARGETS = 50;

export const measureInput = z
  .object({
    id: entityId.optional(),
    scenarioId: entityId,
    landTypeId: entityId,
    level: responseLevel,
    description: z.string().trim().min(1).max(2000),
    areaKm2,
    startYear: planningYear,
    endYear: planningYear,
    slmTechnology: optionalText(500),
    wocatReference: optionalText(500),
    effectivenessPercent: z
      .number()
      .refine((percent) => percent >= 0 && percent <= 100, withMessageKey('errors:worksheets.effectivenessRange'))
      .optional(),
    costUsd: z.number().refine((cost) => cost >= 0, withMessageKey('errors:worksheets.costNegative')).optional(),
    coBenefits: optionalText(4000),
    /** Left out means none: each save writes the whole form. */
    targetIds: z
      .array(entityId)
      .max(MAX_LINKED_TARGETS)
      .refine((ids) => new Set(ids).size === ids.length, withMessageKey('errors:worksheets.targetRepeated'))
      .default([]),
  })
  .superRefine((measure, ctx) => {
    if (measure.endYear < measure.startYear) {
      ctx.addIssue({ code: 'custom', path: ['endYear'], ...withMessageKey('errors:worksheets.endBeforeStart') });
    }
  });

/** One land type's worksheet: its anticipated losses, then the response to them. */
export const landTypeWorksheet = z.object({
  landTypeId: entityId,
  losses: z.array(anticipatedLoss),
  measures: z.array(responseMeasure),
});

export const worksheet = z.object({ scenario, landTypes: z.array(landTypeWorksheet) });

/** The areas one land type's balance is made of, and its result (rules in logic.ts). */
export const landTypeResult = z.object({
  landTypeId: entityId,
  anticipatedLossKm2: z.number(),
  avoidedKm2: z.number(),
  reducedKm2: z.number(),
  reverseGainKm2: z.number(),
  remainingLossKm2: z.number(),
  netKm2: z.number(),
  neutral: z.boolean(),
});
export type LandTypeResult = z.infer<typeof landTypeResult>;

export const nationalView = z.object({
  landTypesInBalance: z.number().int(),
  landTypeCount: z.number().int(),
  /** The sum of all land types' nets: information only, never a verdict (like for like, domain-spec §3.4). */
  netSumForInformationKm2: z.number(),
});
export type NationalView = z.infer<typeof nationalView>;

export const guidanceKind = z.enum(['reverseCarriesBalance', 'lossesWithoutResponse']);
export const hierarchyWarning = z.object({ landTypeId: entityId, kind: guidanceKind });
export type HierarchyWarning = z.infer<typeof hierarchyWarning>;

export const pathYear = z.object({ year: z.number().int(), landTypes: z.array(landTypeResult) });
export type PathYear = z.infer<typeof pathYear>;

export const worksheetBalance = z.object({
  startYear: z.number().int(),
  targetYear: z.number().int(),
  /** Each land type as of the target year. */
  landTypes: z.array(landTypeResult),
  national: nationalView,
  guidance: z.array(hierarchyWarning),
  path: z.array(pathYear),
});
export type WorksheetBalance = z.infer<typeof worksheetBalance>;

export const scenarioBalance = z.object({ scenario, balance: worksheetBalance });

/** The Trends.Earth file an observed balance was imported from. */
export const observedSource = z.object({
  importId: entityId,
  fileName: z.string(),
  /** For a member of a `.tar.gz` package: the package's file name. */
  packageName: z.string().nullable(),
  /** The date of the report, as Trends.Earth wrote it in the file (null when the file has none). */
  reportDate: z.string().nullable(),
  importedAt: timestamp,
});
export type ObservedSource = z.infer<typeof observedSource>;

/**
 * One land type's observed (ex-post) balance from a Trends.Earth counterbalancing summary, set beside the
 * planned (ex-ante) balance of a scenario (rule in observed.ts).
 */
export const observedLandTypeBalance = z.object({
  landTypeId: entityId,
  gainsKm2: z.number(),
  lossesKm2: z.number(),
  netKm2: z.number(),
  neutral: z.boolean(),
  source: observedSource,
});
export type ObservedLandTypeBalance = z.infer<typeof observedLandTypeBalance>;
