/**
 * Trends.Earth import of a ~20 MB summary JSON (issue 3): preview + import through the backend, next to
 * `JSON.parse` of the same bytes in the same run. ARCHITECTURE §7 budgets a file import at 3× `JSON.parse`,
 * so the budget is that multiple of the reference measured here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandResult } from '../shared/command';
import { createBackend } from '../electron/backend';
import type { Measured } from './report';
import { summarize, timed } from './stats';

const RUNS = 5;
const TARGET_BYTES = 20 * 1024 * 1024;
const BUDGET_MULTIPLE = 3;

/**
 * The 2025 fixture grown to about 20 MB the way real files grow: a detailed area-of-interest boundary in
 * `metadata.area_of_interest.geojson` (Trends.Earth copies the AOI into the summary), which the import
 * reads past and keeps in the original bytes.
 */
function largeSummary(): Buffer {
  const json = JSON.parse(readFileSync(join(__dirname, '../test/fixtures/trends-earth/land-condition-2025.summary.json'), 'utf8')) as {
    metadata: { area_of_interest: { geojson: unknown } };
  };
  const vertices = Math.round(TARGET_BYTES / 21.5);
  const ring = Array.from({ length: vertices }, (_, i) => {
    const angle = (2 * Math.PI * i) / vertices;
    return [Number((36.8 + 4 * Math.cos(angle)).toFixed(6)), Number((-1.3 + 4 * Math.sin(angle)).toFixed(6))];
  });
  ring.push(ring[0]!);
  json.metadata.area_of_interest.geojson = { type: 'Polygon', coordinates: [ring] };
  return Buffer.from(JSON.stringify(json));
}

function succeeded<T>(result: CommandResult<T>, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

export function measureTrendsEarthImport(dir: string): Measured[] {
  const bytes = largeSummary();
  const file = join(dir, 'large_summary.json');
  writeFileSync(file, bytes);
  const parseMs = Array.from({ length: RUNS }, () => timed(() => JSON.parse(bytes.toString('utf8')) as unknown).ms);

  const backend = createBackend({ dataDir: join(dir, 'te-data'), mode: 'cli', appVersion: 'bench' });
  // A fresh workspace per run: the same file imported twice is (rightly) a no-op.
  const importMs = Array.from({ length: RUNS }, (_, run) => {
    succeeded(
      backend.dispatch('workspace.create', { name: `TE ${run}`, countryIso3: 'KEN', level: 'national', landAreaKm2: 569_140, path: join(dir, `te-${run}.ldnw`) }),
      'workspace.create',
    );
    return timed(() => {
      succeeded(backend.dispatch('baseline.previewTrendsEarth', { path: file }), 'baseline.previewTrendsEarth');
      succeeded(backend.dispatch('baseline.importTrendsEarth', { path: file }), 'baseline.importTrendsEarth');
    }).ms;
  });
  backend.close();

  const reference = summarize(parseMs);
  return [
    {
      label: `TE preview + import (${(bytes.length / 1024 / 1024).toFixed(0)} MB JSON, ${RUNS} runs)`,
      summary: summarize(importMs),
      budgetP95Ms: Math.round(BUDGET_MULTIPLE * reference.p95),
      reference: { label: 'JSON.parse of the same bytes', summary: reference },
    },
  ];
}
