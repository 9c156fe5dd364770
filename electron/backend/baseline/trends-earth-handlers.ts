import type { TrendsEarthPreview } from '../../../shared/baseline/schema';
import type { Handlers } from '../handler-types';
import { holdsNationalData } from './provenance';
import { readBaseline, toTrendsEarthImport } from './repository';
import { applyPlan } from './trends-earth/apply-plan';
import { storeImport } from './trends-earth/import-store';
import { planFiles } from './trends-earth/plan-files';
import { readSummaries } from './trends-earth/read-summaries';

/**
 * Trends.Earth import (domain-spec §2): the preview and the import read and check the input the same
 * way; the preview writes nothing, the import writes everything in the command's one transaction.
 */
export const trendsEarthHandlers: Handlers<'baseline.previewTrendsEarth' | 'baseline.importTrendsEarth'> = {
  'baseline.previewTrendsEarth': (input, session) => {
    const ws = session.workspace();
    const planned = planFiles(ws, readSummaries(input));
    const preview: TrendsEarthPreview = { files: [], tables: [], landTypes: [], warnings: [] };
    for (const { file, existing, plan } of planned) {
      const { metadata, kind, layout } = file.summary;
      preview.files.push({ fileName: file.fileName, sha256: file.sha256, kind, layout, ...metadata, alreadyImported: existing !== undefined });
      for (const t of plan.tables) preview.tables.push({ tableId: t.tableId, periodKey: t.periodKey, totalKm2: t.totalKm2, replacesNational: holdsNationalData(ws, t.tableId, t.periodKey) });
      for (const t of plan.landTypes) preview.landTypes.push({ name: t.name, gainsKm2: t.gainsKm2, lossesKm2: t.lossesKm2, exists: t.existingId !== null });
      preview.warnings.push(...plan.warnings);
    }
    return preview;
  },

  /** A file imported before (same sha256) is not written again: its earlier import is returned. */
  'baseline.importTrendsEarth': (input, session) => {
    const ws = session.workspace();
    const importedAt = new Date().toISOString();
    const imports = planFiles(ws, readSummaries(input)).map(({ file, existing, plan }) => {
      if (existing) return existing;
      const record = storeImport(ws, file, importedAt);
      applyPlan(ws, plan, record.id);
      return record;
    });
    return { imports: imports.map(toTrendsEarthImport), data: readBaseline(ws) };
  },
};
