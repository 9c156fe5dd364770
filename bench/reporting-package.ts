/**
 * PRAIS package export of a large workspace (issue 8, ARCHITECTURE §7): 1,000 targets with their sets,
 * national baseline tables and 20,000 polygons (one per target, drawn through `maps.setGeometry`, and
 * 19,000 plan zones imported by `plans.importZones` in one command). Each run opens the workspace,
 * validates it as the reporting screen does on opening (every shape checked), and exports through
 * `reporting.exportPackage`, which validates again (unchanged shapes are not checked twice), writes each
 * layer in full and simplified, carries the snapshot and zips it all; next to it, zipping the same files
 * with the same writer (the part of the work no export can avoid). ARCHITECTURE §7 budgets the export at
 * 3 s and the checklist at 2 s.
 */
import { unzipSync } from 'fflate';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandResult } from '../shared/command';
import { ZONING_CLASSES } from '../shared/plans/schema';
import { createBackend, type Backend } from '../electron/backend';
import { writeZip } from '../electron/backend/files/write-zip';
import { kenyaPolygon } from './kenya-polygons';
import type { Measured } from './report';
import { summarize, timed } from './stats';

const TARGETS = 1_000;
const ZONES = 19_000;
const POLYGONS = TARGETS + ZONES;
const RUNS = 3;
const EXPORT_BUDGET_MS = 3_000;
const VALIDATE_BUDGET_MS = 2_000;

/** 20 to 60 vertices: a drawn site or a digitised zone, as PRAIS' spatial tables carry them. */
const verticesOf = (index: number) => 20 + (index % 41);

function succeeded<T>(result: CommandResult<T>, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

export function measurePackageExport(dir: string): Measured[] {
  const backend = createBackend({ dataDir: join(dir, 'package-data'), mode: 'cli', appVersion: 'bench' });
  const workspacePath = join(dir, 'package.ldnw');
  succeeded(
    backend.dispatch('workspace.create', { name: 'Package', countryIso3: 'KEN', level: 'national', landAreaKm2: 569_140, path: workspacePath }),
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
    const target = succeeded(
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
    ) as { id: string };
    const geometry = kenyaPolygon(i, verticesOf(i));
    succeeded(backend.dispatch('maps.setGeometry', { ownerEntity: 'target', ownerId: target.id, geometry }), 'maps.setGeometry');
  }
  importZones(backend, dir);

  // Each run as a user does it: open the workspace, open Reporting (its checklist validates), export.
  let lastPath = '';
  const validateMs: number[] = [];
  const exportMs = Array.from({ length: RUNS }, (_, run) => {
    succeeded(backend.dispatch('workspace.open', { path: workspacePath }), 'workspace.open');
    const validation = timed(() => backend.dispatch('reporting.validate', {}));
    succeeded(validation.result, 'reporting.validate');
    validateMs.push(validation.ms);
    const outDir = join(dir, `package-out-${run}`);
    mkdirSync(outDir);
    const { ms, result } = timed(() => backend.dispatch('reporting.exportPackage', { outDir }));
    lastPath = (succeeded(result, 'reporting.exportPackage') as { path: string }).path;
    return ms;
  });
  backend.close();

  const files = Object.entries(unzipSync(readFileSync(lastPath)));
  const zipMs = Array.from({ length: RUNS }, () => timed(() => writeZip(files)).ms);
  return [
    {
      label: `reporting.validate (${POLYGONS.toLocaleString('en')} polygons, just opened)`,
      summary: summarize(validateMs),
      budgetP95Ms: VALIDATE_BUDGET_MS,
    },
    {
      label: `reporting.exportPackage (${TARGETS.toLocaleString('en')} targets, ${POLYGONS.toLocaleString('en')} polygons, ${RUNS} runs)`,
      summary: summarize(exportMs),
      budgetP95Ms: EXPORT_BUDGET_MS,
      reference: { label: 'writeZip of the same files', summary: summarize(zipMs) },
    },
  ];
}

/** A national land-use plan whose 19,000 zones come from one GeoJSON file, the polygons after the targets'. */
function importZones(backend: Backend, dir: string): void {
  const plan = succeeded(backend.dispatch('plans.save', { name: 'National spatial plan', level: 'national', status: 'adopted' }), 'plans.save') as { id: string };
  const features = Array.from({ length: ZONES }, (_, i) => ({
    type: 'Feature',
    properties: { name: `Zone ${i}`, zoning_class: ZONING_CLASSES[i % ZONING_CLASSES.length] },
    geometry: kenyaPolygon(TARGETS + i, verticesOf(TARGETS + i)),
  }));
  const path = join(dir, 'plan-zones.geojson');
  writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features }));
  const mapping = { nameAttribute: 'name', zoningClassAttribute: 'zoning_class' };
  const featureIndexes = features.map((_, i) => i);
  const { createdCount } = succeeded(backend.dispatch('plans.importZones', { planId: plan.id, file: { path }, mapping, featureIndexes }), 'plans.importZones') as {
    createdCount: number;
  };
  if (createdCount !== ZONES) throw new Error(`plans.importZones created ${createdCount} of ${ZONES} zones`);
}
