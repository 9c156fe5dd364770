import type { ValidationIssue, ValidationSection } from '../../../../shared/reporting/validate-schema';
import { baselineTableRoute, FIX_ROUTES, targetEditRoute } from '../../../../shared/reporting/validate-routes';
import { liveRows } from '../../baseline/table-rows';
import { TABLE_OF } from '../../baseline/table-ids';
import { issue, type RuleGroup } from './rule';

interface AreaValue {
  km2: number | null;
  /** The PRAIS table the value belongs to, named in the message. */
  table: string;
  section: ValidationSection;
  route: string;
  entity: string;
  id?: string;
  field: string;
}

/**
 * PRAIS 2026 (domain-spec §1.2): "Negative numbers … in numeric fields are errors that block saving."
 * Every area the package carries is checked: the baseline tables, the regions of SO1-1.T3, target areas
 * (SO1-VT.T1), implemented actions' areal extent (SO1.IA.T1). The app's own forms and the
 * store's CHECK constraints refuse negatives, so this fires only for a file changed outside the app; the
 * export is the last gate before PRAIS.
 */
export const noNegativeAreas: RuleGroup = ({ ws, baseline }) => {
  const values: AreaValue[] = [];
  const baselineValue = (tableId: Parameters<typeof baselineTableRoute>[0], km2: number, field: string) =>
    values.push({ km2, table: tableId, section: tableId === TABLE_OF.landArea ? 'landArea' : 'baseline', route: baselineTableRoute(tableId), entity: tableId, field });

  for (const row of baseline.landArea) {
    baselineValue(TABLE_OF.landArea, row.landKm2, 'landKm2');
    baselineValue(TABLE_OF.landArea, row.waterKm2, 'waterKm2');
  }
  for (const row of baseline.landCoverExtent) baselineValue(TABLE_OF.landCoverExtent, row.areaKm2, 'areaKm2');
  for (const { periodKey, cells } of baseline.landCoverChange) for (const c of cells) baselineValue(TABLE_OF.landCoverChange(periodKey), c.areaKm2, 'areaKm2');
  for (const { periodKey, cells } of baseline.lpd) for (const c of cells) baselineValue(TABLE_OF.lpd(periodKey), c.areaKm2, 'areaKm2');
  for (const { indicator, areas } of baseline.summaries) {
    for (const [field, km2] of Object.entries(areas)) baselineValue(TABLE_OF.summary[indicator], km2, field);
  }
  for (const region of baseline.regions) {
    values.push({ km2: region.areaKm2, table: 'SO1-1.T3', section: 'regions', route: FIX_ROUTES.landCover, entity: 'transition_region', id: region.id, field: 'areaKm2' });
  }
  for (const t of liveRows(ws, 'target')) {
    values.push({ km2: t.targetAreaKm2, table: 'SO1-VT.T1', section: 'targets', route: targetEditRoute(t.id), entity: 'target', id: t.id, field: 'targetAreaKm2' });
  }
  for (const a of liveRows(ws, 'implemented_action')) {
    values.push({ km2: a.areaKm2, table: 'SO1.IA.T1', section: 'actions', route: FIX_ROUTES.actions, entity: 'implemented_action', id: a.id, field: 'areaKm2' });
  }

  return values
    .filter((v) => v.km2 !== null && v.km2 < 0)
    .map(({ km2, table, section, route, entity, id, field }): ValidationIssue =>
      issue('negativeArea', 'error', { section, route, entity, ...(id ? { id } : {}), field }, { table, km2: km2! }),
    );
};
