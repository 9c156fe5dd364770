/**
 * PRAIS package export of a large workspace (issue 8): 1,000 targets with their sets, national baseline
 * tables, through `reporting.exportPackage`, next to fflate's `zipSync` of the same files in the same run
 * (the part of the work no export can avoid). ARCHITECTURE §7 budgets the export at 3 s.
 * Polygons join the workspace once the maps' geometry store lands (helper A); until then this measures
 * the tables, the workbook, the snapshot and the zip.
 */
import { unzipSync, zipSync } from 'fflate';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandResult } from '../shared/command';
import { createBackend } from '../electron/backend';
import type { Measured } from './report';
import { summarize, timed } from './stats';

const TARGETS = 1_000;
const RUNS = 5;
const BUDGET_MS = 3_000;

function succeeded<T>(result: CommandResult<T>, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

export function measurePackageExport(dir: string): Measured[] {
  const backend = createBackend({ dataDir: join(dir, 'package-data'), mode: 'cli', appVersion: 'bench' });
  succeeded(
    backend.dispatch('workspace.create', { name: 'Package', countryIso3: 'KEN', level: 'national', landAreaKm2: 569_140, path: join(dir, 'package.ldnw') }),
    'workspace.create',
  );
  const source = succeeded(backend.dispatch('baseline.saveSource', { title: 'National land cover map 2015', licence: 'CC-BY-4.0' }), 'baseline.saveSource') as { id: string };
  succeeded(backend.dispatch('baseline.saveLandArea', { rows: [{ year: 2015, landKm2: 569_140, waterKm2: 11_230 }], sourceId: source.id }), 'baseline.saveLandArea');
  for (const indicator of ['land_cover', 'productivity', 'soc', 'sdg']) {
    const areas = { improvedKm2: 20_000, stableKm2: 500_000, degradedKm2: 45_000, noDataKm2: 4_140 };
    succeeded(backend.dispatch('baseline.saveSummary', { indicator, periodKey: 'baseline', areas, sourceId: source.id }), 'baseline.saveSummary');
  }
  const forest = succeeded(backend.dispatch('landtypes.save', { code: 'F1', name: 'Forest, humid', areaKm2: 35_000 }), 'landtypes.save') as { id: string };
  for (let i = 0; i < TARGETS; i += 1) {
    succeeded(
      backend.dispatch('targets.save', {
        text: `Reforest ${10 + (i % 90)} km² of converted forest in district ${i} by 2030`,
        level: 'subnational',
        pattern: 'restore_area',
        actionVerb: 'reforest',
        hierarchyTypes: ['reverse'],
        indicators: ['land_cover'],
        landCoverClasses: [1],
        landTypeIds: [forest.id],
        targetValue: 10 + (i % 90),
        targetUnit: 'km2',
        targetAreaKm2: 10 + (i % 90),
        locationName: `District ${i}`,
        baselineYear: 2015,
        targetYear: 2030,
      }),
      'targets.save',
    );
  }

  let lastPath = '';
  const exportMs = Array.from({ length: RUNS }, (_, run) => {
    const outDir = join(dir, `package-out-${run}`);
    mkdirSync(outDir);
    const { ms, result } = timed(() => backend.dispatch('reporting.exportPackage', { outDir }));
    lastPath = (succeeded(result, 'reporting.exportPackage') as { path: string }).path;
    return ms;
  });
  backend.close();

  const files = unzipSync(readFileSync(lastPath));
  const zipMs = Array.from({ length: RUNS }, () => timed(() => zipSync(files, { level: 6 })).ms);
  return [
    {
      label: `reporting.exportPackage (${TARGETS.toLocaleString('en')} targets, ${RUNS} runs)`,
      summary: summarize(exportMs),
      budgetP95Ms: BUDGET_MS,
      reference: { label: 'zipSync of the same files', summary: summarize(zipMs) },
    },
  ];
}
