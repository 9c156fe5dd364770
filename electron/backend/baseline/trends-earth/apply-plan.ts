import type { OpenWorkspace } from '../../workspace/open-workspace';
import { setProvenance } from '../provenance';
import { replaceRows, upsertRow } from '../table-rows';
import type { FilePlan, TableWrite } from './plan';

/** Writes a file's plan: its tables become `imported` from `importId`, its land types get their observed balance. */
export function applyPlan(ws: OpenWorkspace, plan: FilePlan, importId: string): void {
  for (const table of plan.tables) {
    writeTable(ws, table.write);
    setProvenance(ws, table.tableId, table.periodKey, { origin: 'imported', sourceId: null, importId, comment: null });
  }
  for (const landType of plan.landTypes) {
    const landTypeId =
      landType.existingId ?? ws.mutator.insert('landtype', { code: landType.code, name: landType.name, definitionBasis: null, areaKm2: null, degradedAreaKm2: null, notes: null }).id;
    upsertRow(ws, 'observed_counterbalancing', ['landTypeId'], { landTypeId, gainsKm2: landType.gainsKm2, lossesKm2: landType.lossesKm2, importId });
  }
}

function writeTable(ws: OpenWorkspace, write: TableWrite): void {
  switch (write.kind) {
    case 'extent':
      return replaceRows(ws, 'baseline_land_cover_extent', { field: 'year', values: [...new Set(write.rows.map((r) => r.year))] }, ['year', 'classCode'], write.rows);
    case 'soc':
      return replaceRows(ws, 'baseline_soc_stock', { field: 'year', values: [...new Set(write.rows.map((r) => r.year))] }, ['year', 'classCode'], write.rows);
    case 'change':
      return replaceRows(ws, 'baseline_land_cover_change', { field: 'periodKey', values: [write.periodKey] }, ['initialCode', 'finalCode'], write.cells.map((c) => ({ periodKey: write.periodKey, ...c })));
    case 'lpd':
      return replaceRows(ws, 'baseline_lpd', { field: 'periodKey', values: [write.periodKey] }, ['classCode', 'lpdCode'], write.cells.map((c) => ({ periodKey: write.periodKey, ...c })));
    case 'summary':
      upsertRow(ws, 'baseline_condition_summary', ['indicator', 'periodKey'], { indicator: write.indicator, periodKey: write.periodKey, ...write.areas });
      return;
    case 'status': {
      const rows = Object.entries(write.expandedKm2).map(([statusClass, areaKm2]) => ({ periodKey: write.periodKey, statusClass, areaKm2 }));
      return replaceRows(ws, 'baseline_status_area', { field: 'periodKey', values: [write.periodKey] }, ['statusClass'], rows);
    }
  }
}
