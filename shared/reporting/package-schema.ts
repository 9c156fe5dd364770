import { z } from 'zod';
import { importedFileInput } from '../files';
import { periodKey } from '../workspace/schema';
import { validationIssue } from './validate-schema';

/**
 * The PRAIS-compatible package (domain-spec §8, refined): one zip with a manifest that names every file
 * with its sha256, size and role. Trends.Earth files travel byte for byte in `te/`, the PRAIS tables as
 * CSV and XLSX in `prais/`, geometry in `spatial/`, sources and counts in `metadata/`, and the app's own
 * snapshot in `app/`, from which `reporting.importPackage` restores a workspace.
 */

/** Bumped when the layout or the snapshot format changes in a way an older reader cannot follow. */
export const PACKAGE_SCHEMA_VERSION = '1.0.0';
export const PACKAGE_TYPE = 'ldn-prais-compatible';

/** What a file is for; `te:*` files are what Trends.Earth itself would hand to PRAIS. */
export const PACKAGE_FILE_ROLES = [
  'te:imported',
  'te:TrendsEarthLandConditionSummary',
  'te:aoi',
  'prais:table',
  'prais:workbook',
  'spatial:full',
  'spatial:simplified',
  'metadata:data_sources',
  'metadata:licence',
  'metadata:consultations',
  'app:snapshot',
  'readme',
] as const;
export const packageFileRole = z.enum(PACKAGE_FILE_ROLES);
export type PackageFileRole = z.infer<typeof packageFileRole>;

export const packageFile = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  role: packageFileRole,
  mediaType: z.string(),
  /** For `prais:table`: the 2026 PRAIS table ID. */
  tableId: z.string().optional(),
});
export type PackageFile = z.infer<typeof packageFile>;

/** The validation result at export time, or null when the app had no validation to run. */
export const packageValidation = z
  .object({ passed: z.boolean(), errorCount: z.number().int().nonnegative(), warnings: z.array(validationIssue) })
  .nullable();

export const packageManifest = z.object({
  packageType: z.literal(PACKAGE_TYPE),
  packageSchemaVersion: z.string(),
  createdUtc: z.iso.datetime(),
  app: z.object({ name: z.string(), version: z.string() }),
  countryIso3: z.string().length(3),
  reportingCycle: z.number().int(),
  periods: z.array(z.object({ key: periodKey, start: z.number().int(), end: z.number().int() })),
  praisManualRef: z.string(),
  teSchemasCompat: z.string(),
  units: z.object({ area: z.literal('km2'), socStock: z.literal('t/ha') }),
  /** `usl`: the licence chosen on the User Specific Licence form; `prais_default`: none was, so PRAIS applies CC BY-NC 4.0. */
  licence: z.object({ id: z.string(), basis: z.enum(['prais_default', 'usl']) }),
  files: z.array(packageFile),
  validation: packageValidation,
});
export type PackageManifest = z.infer<typeof packageManifest>;

export const exportPackageInput = z.object({ outDir: z.string().min(1) });
export const exportPackageOutput = z.object({ path: z.string(), manifest: packageManifest });

/** A path on the desktop, or the bytes of an uploaded file in the browser. */
export const importPackageInput = importedFileInput;
export const importPackageOutput = z.object({ restoredRecords: z.number().int().nonnegative(), manifest: packageManifest });
