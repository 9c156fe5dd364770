/**
 * Spatial import of a ~50 MB GeoJSON (issue 7): `maps.previewImport` through the backend, which reads,
 * converts and checks every feature (closed rings, self-intersection, CRS range) and computes its geodesic
 * area, next to `JSON.parse` of the same bytes in the same run. ARCHITECTURE §7 budgets it at 3× `JSON.parse`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandResult } from '../shared/command';
import { createBackend } from '../electron/backend';
import { kenyaPolygon } from './kenya-polygons';
import type { Measured } from './report';
import { summarize, timed } from './stats';

const RUNS = 3;
const FEATURES = 20_000;
const VERTICES = 112;
const BUDGET_MULTIPLE = 3;

/** 20,000 small irregular polygons over Kenya with a few attributes each, as a national zoning layer has. */
function largeGeoJson(): Buffer {
  const features = Array.from({ length: FEATURES }, (_, i) => ({
    type: 'Feature',
    properties: { name: `Zone ${i}`, zoning_class: ['agriculture', 'rangeland', 'forestry', 'protection'][i % 4], land_type: `LT-${i % 40}` },
    geometry: kenyaPolygon(i, VERTICES),
  }));
  return Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
}

function succeeded<T>(result: CommandResult<T>, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

export function measureSpatialImport(dir: string): Measured[] {
  const bytes = largeGeoJson();
  const path = join(dir, 'zones.geojson');
  writeFileSync(path, bytes);
  const parseMs = Array.from({ length: RUNS }, () => timed(() => JSON.parse(bytes.toString('utf8')) as unknown).ms);

  const backend = createBackend({ dataDir: join(dir, 'maps-data'), mode: 'cli', appVersion: 'bench' });
  succeeded(
    backend.dispatch('workspace.create', { name: 'Maps', countryIso3: 'KEN', level: 'national', landAreaKm2: 569_140, path: join(dir, 'maps.ldnw') }),
    'workspace.create',
  );
  const previewMs = Array.from({ length: RUNS }, () =>
    timed(() => {
      const preview = succeeded(backend.dispatch('maps.previewImport', { file: { path } }), 'maps.previewImport') as { importableCount: number };
      if (preview.importableCount !== FEATURES) throw new Error(`maps.previewImport refused ${FEATURES - preview.importableCount} features`);
    }).ms,
  );
  backend.close();

  const reference = summarize(parseMs);
  return [
    {
      label: `maps.previewImport (${(bytes.length / 1024 / 1024).toFixed(0)} MB GeoJSON, ${FEATURES.toLocaleString('en')} polygons, ${RUNS} runs)`,
      summary: summarize(previewMs),
      budgetP95Ms: Math.round(BUDGET_MULTIPLE * reference.p95),
      reference: { label: 'JSON.parse of the same bytes', summary: reference },
    },
  ];
}
