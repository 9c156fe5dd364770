import { z } from 'zod';
import { importedFileInput } from '../files';
import { entityId, timestamp } from '../ids';
import { optionalText, withMessageKey } from '../validation';
import { periodKey } from '../workspace/schema';
import { LPD_CLASSES, NO_DATA, UNCCD_LAND_COVER_CODES } from './classes';
import { nationalLegend } from './national-legend';
import { regionInput } from './regions';

/**
 * The baseline data of a workspace as the commands carry it (domain-spec §1.2–1.6, §7.2). Values are
 * grouped by PRAIS table (2026 IDs); each table of each period says where its numbers come from:
 * `default` (nothing entered), `imported` (a Trends.Earth file) or `national` (entered by the working group,
 * with a data source). Areas are km², stocks t/ha.
 */

/** The years of CP-1.T1, SO1-1.T4 and SO1-3.T1 (§1.2, §1.3, §1.5). */
export const BASELINE_YEARS = [2000, 2015, 2019, 2023] as const;
export const baselineYear = z.literal(BASELINE_YEARS);
export type BaselineYear = z.infer<typeof baselineYear>;

/** The 2026 PRAIS tables the app holds (§1.2–1.6). */
export const PRAIS_TABLE_IDS = ['CP-1.T1', 'SO1-1.T3', 'SO1-1.T4', 'SO1-1.T5', 'SO1-1.T6', 'SO1-1.T7', 'SO1-2.T1', 'SO1-2.T2', 'SO1-2.T3', 'SO1-3.T1', 'SO1-3.T2', 'SO1-4.T1', 'SO1-4.T2'] as const;
export const praisTableId = z.enum(PRAIS_TABLE_IDS);
export type PraisTableId = z.infer<typeof praisTableId>;

export const dataOrigin = z.enum(['default', 'imported', 'national']);
export type DataOrigin = z.infer<typeof dataOrigin>;

/** The indicators with a 3-class degradation summary: SO1-1.T7, SO1-2.T3, SO1-3.T2 and SO1-4.T2. */
export const summaryIndicator = z.enum(['land_cover', 'productivity', 'soc', 'sdg']);
export type SummaryIndicator = z.infer<typeof summaryIndicator>;

const km2 = z.number().nonnegative().max(20_000_000);
const landCoverCode = z.number().int().refine((c) => UNCCD_LAND_COVER_CODES.includes(c as never), withMessageKey('errors:baseline.unknownLandCoverClass'));
const lpdCode = z.number().int().refine((c) => c === NO_DATA || LPD_CLASSES.some((l) => l.code === c), withMessageKey('errors:baseline.unknownLpdClass'));

/** Where a table's numbers come from; `sourceId` names a data source (Annex II) for national data. */
export const tableProvenance = z.object({
  tableId: praisTableId,
  /** Null for the tables that are per year rather than per period (CP-1.T1, SO1-1.T3, SO1-1.T4, SO1-3.T1). */
  periodKey: periodKey.nullable(),
  origin: dataOrigin,
  sourceId: entityId.nullable(),
  importId: entityId.nullable(),
  comment: z.string().nullable(),
  updatedAt: timestamp,
});
export type TableProvenance = z.infer<typeof tableProvenance>;

/** What a save of national data says about its source (PRAIS "National Data" switch plus Comments). */
const nationalProvenance = {
  sourceId: entityId.optional(),
  comment: optionalText(2000),
};

export const landAreaRow = z.object({ year: baselineYear, landKm2: km2.positive(), waterKm2: km2 });
export type LandAreaRow = z.infer<typeof landAreaRow>;

export const landCoverExtentRow = z.object({ year: baselineYear, classCode: landCoverCode, areaKm2: km2 });
export type LandCoverExtentRow = z.infer<typeof landCoverExtentRow>;

export const landCoverChangeCell = z.object({ initialCode: landCoverCode, finalCode: landCoverCode, areaKm2: km2 });
export type LandCoverChangeCell = z.infer<typeof landCoverChangeCell>;

export const lpdCell = z.object({ classCode: landCoverCode, lpdCode, areaKm2: km2 });
export type LpdCell = z.infer<typeof lpdCell>;

export const socTier = z.enum(['1', '2', '3', 'modified_1']);
export const socStockRow = z.object({ year: baselineYear, classCode: landCoverCode, tonnesPerHa: z.number().nonnegative().max(2000) });
export type SocStockRow = z.infer<typeof socStockRow>;

export const conditionAreas = z.object({ improvedKm2: km2, stableKm2: km2, degradedKm2: km2, noDataKm2: km2 });

export const sdgMethod = z.object({
  method: z.enum(['one_out_all_out', 'other']),
  methodText: z.string().nullable(),
  confidence: z.enum(['high', 'medium', 'low']).nullable(),
});

export const conditionSummary = z.object({ indicator: summaryIndicator, periodKey, areas: conditionAreas });
export type ConditionSummary = z.infer<typeof conditionSummary>;

/** The seven expanded status classes (Addendum) by area, for periods after the baseline (SO1-4.T1). */
export const statusAreas = z.object({ periodKey, expandedKm2: z.record(z.string(), km2) });

/** A cell of the land-cover transition matrix: −1 degradation, 0 stable, 1 improvement (§4.2). */
export const transitionCell = z.object({
  initialCode: landCoverCode,
  finalCode: landCoverCode,
  meaning: z.union([z.literal(-1), z.literal(0), z.literal(1)]),
  rationale: z.string().nullable(),
});
export type TransitionCell = z.infer<typeof transitionCell>;

/** SO1-1.T3: one version of the national matrix; the newest is the one in force. Version 1 is the GPG default. */
export const transitionMatrixVersion = z.object({
  id: entityId,
  version: z.number().int().positive(),
  note: z.string().nullable(),
  isGpgDefault: z.boolean(),
  cells: z.array(transitionCell),
  createdAt: timestamp,
});
export type TransitionMatrixVersion = z.infer<typeof transitionMatrixVersion>;

/** A region of SO1-1.T3 (2026) with the version of its own matrix in force. */
export const transitionRegion = z.object({ id: entityId, name: z.string(), areaKm2: z.number(), transitionMatrix: transitionMatrixVersion });
export type TransitionRegion = z.infer<typeof transitionRegion>;

/** Which matrix a matrix command acts on: the national one, or a region's when `regionId` is given. */
export const matrixScope = z.object({ regionId: entityId.optional() });

export const LICENCES = ['CC0', 'CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'custom'] as const;
export const licence = z.enum(LICENCES);

/** A data source with the four Annex II fields (§1.9, §7.1). */
export const dataSource = z.object({
  id: entityId,
  title: z.string(),
  identifier: z.string().nullable(),
  authorPublisher: z.string().nullable(),
  citation: z.string().nullable(),
  licence: licence.nullable(),
  customLicenceText: z.string().nullable(),
  updatedAt: timestamp,
});
export type DataSource = z.infer<typeof dataSource>;

export const dataSourceInput = z
  .object({
    id: entityId.optional(),
    title: z.string().trim().min(1).max(300),
    identifier: optionalText(500),
    authorPublisher: optionalText(300),
    citation: optionalText(2000),
    licence: licence.optional(),
    customLicenceText: optionalText(2000),
  })
  .refine((s) => s.licence !== 'custom' || s.customLicenceText !== undefined, {
    path: ['customLicenceText'],
    ...withMessageKey('errors:baseline.customLicenceText'),
  });
export type DataSourceInput = z.input<typeof dataSourceInput>;

/** A Trends.Earth file as imported: kept byte for byte so an export can pass it through unchanged. */
export const trendsEarthImport = z.object({
  id: entityId,
  fileName: z.string(),
  sha256: z.string(),
  bytes: z.number().int(),
  kind: z.enum(['land-condition', 'counterbalancing']),
  layout: z.string(),
  trendsEarthVersion: z.string().nullable(),
  reportDate: z.string().nullable(),
  areaOfInterestName: z.string().nullable(),
  /** For a member of a `.tar.gz` package: the package's file name. */
  packageName: z.string().nullable(),
  importedAt: timestamp,
});
export type TrendsEarthImport = z.infer<typeof trendsEarthImport>;

/** Everything the Baseline section shows, in one read. */
export const baselineData = z.object({
  landArea: z.array(landAreaRow),
  landCoverExtent: z.array(landCoverExtentRow),
  landCoverChange: z.array(z.object({ periodKey, cells: z.array(landCoverChangeCell) })),
  lpd: z.array(z.object({ periodKey, cells: z.array(lpdCell) })),
  socStocks: z.array(socStockRow),
  socTier: socTier.nullable(),
  summaries: z.array(conditionSummary),
  status: z.array(statusAreas),
  sdgMethods: z.array(sdgMethod.extend({ periodKey })),
  transitionMatrix: transitionMatrixVersion,
  /** SO1-1.T2: the optional national legend. */
  nationalLegend,
  /** SO1-1.T3 regions, in the order they were created; empty when the national matrix applies everywhere. */
  regions: z.array(transitionRegion),
  /** What the regions' areas must sum to: CP-1.T1 land area of the latest year, else the workspace's land area. */
  totalLandAreaKm2: z.number(),
  provenance: z.array(tableProvenance),
  sources: z.array(dataSource),
  imports: z.array(trendsEarthImport),
});
export type BaselineData = z.infer<typeof baselineData>;

/** Where a Trends.Earth file comes from: a path (desktop) or the bytes of an uploaded file (browser). */
export const trendsEarthFileInput = importedFileInput;
export type TrendsEarthFileInput = z.input<typeof trendsEarthFileInput>;

/** What an import would do, shown before anything is written. */
export const trendsEarthPreview = z.object({
  files: z.array(
    z.object({
      fileName: z.string(),
      sha256: z.string(),
      kind: z.enum(['land-condition', 'counterbalancing']),
      layout: z.string(),
      trendsEarthVersion: z.string().nullable(),
      reportDate: z.string().nullable(),
      areaOfInterestName: z.string().nullable(),
      /** True when a file with the same sha256 is already imported: importing again changes nothing. */
      alreadyImported: z.boolean(),
    }),
  ),
  /** The PRAIS tables that would be filled, with the periods and the total area they carry. */
  tables: z.array(z.object({ tableId: praisTableId, periodKey: periodKey.nullable(), totalKm2: z.number().nullable(), replacesNational: z.boolean() })),
  /** Land types the counterbalancing file would create or update. */
  landTypes: z.array(z.object({ name: z.string(), gainsKm2: z.number(), lossesKm2: z.number(), exists: z.boolean() })),
  warnings: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), messageKey: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })),
});
export type TrendsEarthPreview = z.infer<typeof trendsEarthPreview>;

export const baselineInputs = {
  landArea: z.object({ rows: z.array(landAreaRow).min(1), ...nationalProvenance }),
  landCoverExtent: z.object({ rows: z.array(landCoverExtentRow).min(1), ...nationalProvenance }),
  landCoverChange: z.object({ periodKey, cells: z.array(landCoverChangeCell).min(1), ...nationalProvenance }),
  lpd: z.object({ periodKey, cells: z.array(lpdCell).min(1), ...nationalProvenance }),
  socStocks: z.object({ rows: z.array(socStockRow).min(1), tier: socTier, ...nationalProvenance }),
  summary: z.object({ indicator: summaryIndicator, periodKey, areas: conditionAreas, ...nationalProvenance }),
  sdgMethod: sdgMethod.extend({ periodKey, methodText: optionalText(2000).nullable().optional() }),
  transitionCell: z.object({
    initialCode: landCoverCode,
    finalCode: landCoverCode,
    meaning: z.union([z.literal(-1), z.literal(0), z.literal(1)]),
    rationale: z.string().trim().min(1).max(2000),
    regionId: entityId.optional(),
  }),
  nationalLegend,
  regions: z.object({ regions: z.array(regionInput).max(20) }),
};
