import type { FieldError } from '../../../../shared/command';
import type { OpenWorkspace } from '../../workspace/open-workspace';
import { listLandTypes } from '../../landtypes/repository';
import { areaLimitKm2, periodEndYear } from '../area-limit';
import { liveRows } from '../table-rows';
import { importWithSha256 } from './import-store';
import type { FilePlan } from './plan';
import { planCounterbalancing } from './plan-counterbalancing';
import { planLandCondition, type PlanContext } from './plan-land-condition';
import { invalidFile, type SummaryFile } from './read-summaries';

export interface PlannedFile {
  file: SummaryFile;
  /** The earlier import of the same bytes: importing again changes nothing. */
  existing: ReturnType<typeof importWithSha256>;
  plan: FilePlan;
}

/**
 * Works out what each file would write, against the workspace as it is. Any fault (an unknown class
 * name, an area over the land area) refuses the whole input before anything is written; warnings and
 * faults of a package member name the member first.
 */
export function planFiles(ws: OpenWorkspace, files: SummaryFile[]): PlannedFile[] {
  const context: PlanContext = {
    areaLimitKm2: (year) => areaLimitKm2(ws, year),
    periodEndYear: (key) => periodEndYear(ws, key),
    storedExtentKm2: (year, classCode) => liveRows(ws, 'baseline_land_cover_extent', { field: 'year', values: [year] }).find((r) => r.classCode === classCode)?.areaKm2,
  };
  const landTypes = listLandTypes(ws, false);
  return files.map((file) => {
    const existing = importWithSha256(ws, file.sha256);
    const plan = existing
      ? { tables: [], landTypes: [], warnings: [], errors: [] }
      : file.summary.kind === 'land-condition'
        ? planLandCondition(file.summary, context)
        : planCounterbalancing(file.summary, landTypes);
    if (plan.errors.length > 0) throw invalidFile(file, plan.errors, file.packageName !== null);
    return { file, existing, plan: { ...plan, warnings: plan.warnings.map((w) => located(file, w)) } };
  });
}

function located(file: SummaryFile, problem: FieldError): FieldError {
  return file.packageName === null ? problem : { ...problem, path: [file.fileName, ...problem.path] };
}
