/**
 * `npm run bench`: the land type commands on a 10,000-row workspace, each next to raw better-sqlite3
 * doing the same work in the same run, and the Trends.Earth and GeoJSON imports next to `JSON.parse` (trends-earth.ts, spatial-import.ts),
 * with the budgets of ARCHITECTURE.md §7. A benchmark, not a test:
 * it always exits 0, and OVER marks a figure to look into.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandResult } from '../shared/command';
import { createBackend, type Backend } from '../electron/backend';
import { measureRawSqlite, type LandTypeRow } from './raw-sqlite';
import { formatReport, type Measured } from './report';
import { measureSpatialImport } from './spatial-import';
import { summarize, timed } from './stats';
import { measurePackageExport } from './reporting-package';
import { measureTrendsEarthImport } from './trends-earth';

const ROWS = 10_000;
const LIST_RUNS = 30;
const OPEN_RUNS = 10;

const rows: LandTypeRow[] = Array.from({ length: ROWS }, (_, i) => ({
  code: `LT-${String(i).padStart(5, '0')}`,
  name: `Land type ${i}: shrubland on sandy soils, arid zone`,
  definitionBasis: 'IPCC land cover class × soil type × aridity zone',
  areaKm2: 1 + (i % 500),
  notes: 'Benchmark row. Stratified from the national land cover map 2015 and the soil map.',
}));

function newBackend(dataDir: string): Backend {
  return createBackend({ dataDir, mode: 'cli', appVersion: 'bench' });
}

function succeeded<T>(result: CommandResult<T>, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

function run(dir: string): Measured[] {
  const dataDir = join(dir, 'data');
  const workspace = join(dir, 'bench.ldnw');

  const backend = newBackend(dataDir);
  succeeded(
    backend.dispatch('workspace.create', { name: 'Benchmark', countryIso3: 'KEN', level: 'national', landAreaKm2: 569_140, path: workspace }),
    'workspace.create',
  );
  const saveMs = rows.map((row) => {
    const { ms, result } = timed(() => backend.dispatch('landtypes.save', row));
    succeeded(result, 'landtypes.save');
    return ms;
  });
  const listMs = Array.from({ length: LIST_RUNS }, () => {
    const { ms, result } = timed(() => backend.dispatch('landtypes.list', {}));
    if ((succeeded(result, 'landtypes.list') as { items: unknown[] }).items.length !== ROWS) throw new Error('landtypes.list lost rows');
    return ms;
  });
  backend.close();

  // Each open is a fresh backend, as when the app starts and opens the last workspace.
  const openMs = Array.from({ length: OPEN_RUNS }, () => {
    const fresh = newBackend(dataDir);
    const { ms, result } = timed(() => fresh.dispatch('workspace.open', { path: workspace }));
    succeeded(result, 'workspace.open');
    fresh.close();
    return ms;
  });

  const raw = measureRawSqlite(join(dir, 'raw.sqlite'), landtypeDdl(workspace), rows, LIST_RUNS);
  return [
    {
      label: `landtypes.save (dispatch, ${ROWS.toLocaleString('en')} calls)`,
      summary: summarize(saveMs),
      budgetP95Ms: 5,
      reference: { label: 'raw INSERT, one transaction per row', summary: summarize(raw.insertMs) },
    },
    {
      label: `landtypes.list (${ROWS.toLocaleString('en')} rows, ${LIST_RUNS} calls)`,
      summary: summarize(listMs),
      budgetP95Ms: 50,
      reference: { label: 'raw SELECT of the same rows', summary: summarize(raw.selectMs) },
    },
    { label: `workspace.open (${ROWS.toLocaleString('en')} rows, ${OPEN_RUNS} opens)`, summary: summarize(openMs), budgetP95Ms: 300 },
  ];
}

/** The land type table and its indexes exactly as the backend's migrations created them. */
function landtypeDdl(workspace: string): string[] {
  const db = new Database(workspace, { readonly: true });
  try {
    // 'table' sorts after 'index', so DESC creates the table before its indexes.
    const statements = db.prepare("SELECT sql FROM sqlite_schema WHERE tbl_name = 'landtype' AND sql IS NOT NULL ORDER BY type DESC").all() as { sql: string }[];
    return statements.map(({ sql }) => sql);
  } finally {
    db.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'ldn-bench-'));
try {
  const started = Date.now();
  const measurements = [...run(dir), ...measureTrendsEarthImport(dir), ...measurePackageExport(dir), ...measureSpatialImport(dir)];
  const title = `LDN Workbench benchmark · Node ${process.version} · ${process.platform} ${process.arch} · ${availableParallelism()} CPUs · times in ms`;
  console.log(formatReport(title, measurements));
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s; workspace files in a temporary folder, removed)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
