import { z } from 'zod';
import { entityId, timestamp } from '../ids';
import { isKnownIso3 } from './countries';

export const workspaceLevel = z.enum(['national', 'subnational']);
export type WorkspaceLevel = z.infer<typeof workspaceLevel>;

/** Reporting periods of the 2026 PRAIS cycle (domain-spec §1.1). */
export const periodKey = z.enum(['baseline', 'report_1', 'report_2']);
export type PeriodKey = z.infer<typeof periodKey>;

export const reportingPeriod = z.object({
  key: periodKey,
  yearStart: z.number().int(),
  yearEnd: z.number().int(),
});
export type ReportingPeriod = z.infer<typeof reportingPeriod>;

export const REPORTING_CYCLE = 2026;

export const REPORTING_PERIODS_2026: readonly ReportingPeriod[] = [
  { key: 'baseline', yearStart: 2000, yearEnd: 2015 },
  { key: 'report_1', yearStart: 2016, yearEnd: 2019 },
  { key: 'report_2', yearStart: 2016, yearEnd: 2023 },
];

/** Largest land area of any country is under 17.1 million km² (Russia); allow some headroom. */
export const MAX_LAND_AREA_KM2 = 20_000_000;

export const workspaceName = z.string().trim().min(1).max(200);

export const countryIso3 = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isKnownIso3, { params: { messageKey: 'errors:field.unknownCountry' } });

export const landAreaKm2 = z.number().positive().max(MAX_LAND_AREA_KM2);

export const workspaceProfileFields = z.object({
  name: workspaceName,
  countryIso3,
  level: workspaceLevel,
  areaName: z.string().trim().max(200).optional(),
  landAreaKm2,
});

/** A sub-national workspace must say which area it covers. */
export function requireAreaNameWhenSubnational<T extends { level: WorkspaceLevel; areaName?: string | undefined }>(
  value: T,
  ctx: z.RefinementCtx,
): void {
  if (value.level === 'subnational' && !value.areaName) {
    ctx.addIssue({ code: 'custom', path: ['areaName'], params: { messageKey: 'errors:field.areaNameRequired' } });
  }
}

export const workspaceSummary = z.object({
  id: entityId,
  name: z.string(),
  countryIso3: z.string(),
  level: workspaceLevel,
  areaName: z.string().nullable(),
  landAreaKm2: z.number(),
  reportingCycle: z.number().int(),
  periods: z.array(reportingPeriod),
  path: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Time of the newest entry in the change log: what the status bar shows as "last saved". */
  lastChangeAt: timestamp.nullable(),
});
export type WorkspaceSummary = z.infer<typeof workspaceSummary>;

export const recentWorkspace = z.object({
  path: z.string(),
  name: z.string(),
  countryIso3: z.string(),
  openedAt: timestamp,
  exists: z.boolean(),
});
export type RecentWorkspace = z.infer<typeof recentWorkspace>;
