import { describe, expect, it } from 'vitest';
import { fullMatrix } from '../baseline/test-fixture';
import { useTempBackend } from '../test-support';
import { lpdCells, validationWorkspace } from './validate-test-fixture';

const tempBackend = useTempBackend();

describe('reporting.validate', () => {
  it('finds nothing in a fresh workspace and says when it checked', () => {
    const w = validationWorkspace(tempBackend);
    const before = Date.now();
    const result = w.validate();
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(Date.parse(result.checkedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('lists errors by section in checklist order, whatever order the rules ran in', () => {
    const w = validationWorkspace(tempBackend);
    // A data source is missing (section dataSources) and the productivity table exceeds the land area (baseline).
    w.ok('baseline.saveLpd', { periodKey: 'baseline', cells: lpdCells(100, 200, 300, 200, 100) });
    w.ok('baseline.saveLandArea', { rows: [{ year: 2015, landKm2: 600, waterKm2: 100 }] });
    expect(w.validate().errors.map((i) => i.location.section)).toEqual(['baseline', 'dataSources', 'dataSources']);
  });
});

describe('rule: areas within the land area (§1.2)', () => {
  it('accepts an LPD table up to the land area', () => {
    const w = validationWorkspace(tempBackend);
    w.ok('baseline.saveLpd', { periodKey: 'baseline', cells: lpdCells(100, 200, 300, 200, 100) });
    expect(w.issues('areaExceedsLandArea')).toEqual([]);
  });

  it('flags an LPD table and a summary left above a CP-1.T1 entered later, with a link to their screens', () => {
    const w = validationWorkspace(tempBackend);
    w.ok('baseline.saveLpd', { periodKey: 'baseline', cells: lpdCells(100, 200, 300, 200, 100) });
    w.ok('baseline.saveSummary', { indicator: 'sdg', periodKey: 'baseline', areas: { improvedKm2: 100, stableKm2: 500, degradedKm2: 150, noDataKm2: 0 } });
    // 2015 ends the baseline period: its total area is now 600 + 100 = 700 km², below 900 and 750.
    w.ok('baseline.saveLandArea', { rows: [{ year: 2015, landKm2: 600, waterKm2: 100 }] });
    expect(w.issues('areaExceedsLandArea')).toEqual([
      {
        rule: 'areaExceedsLandArea',
        severity: 'error',
        messageKey: 'reporting:issue.areaExceedsLandAreaPeriod',
        params: { table: 'SO1-2.T1', period: 'baseline', totalKm2: 900, maxKm2: 700 },
        location: { section: 'baseline', route: '/baseline/productivity', entity: 'SO1-2.T1', field: 'baseline' },
      },
      {
        rule: 'areaExceedsLandArea',
        severity: 'error',
        messageKey: 'reporting:issue.areaExceedsLandAreaPeriod',
        params: { table: 'SO1-4.T2', period: 'baseline', totalKm2: 750, maxKm2: 700 },
        location: { section: 'baseline', route: '/baseline/sdg-15-3-1', entity: 'SO1-4.T2', field: 'baseline' },
      },
    ]);
  });

  it('flags a year of land-cover extents above that year\'s area', () => {
    const w = validationWorkspace(tempBackend);
    w.ok('baseline.saveLandCoverExtent', { rows: [{ year: 2019, classCode: 1, areaKm2: 400 }, { year: 2019, classCode: 3, areaKm2: 500 }] });
    w.editOutsideApp("UPDATE baseline_land_cover_extent SET area_km2 = 650 WHERE class_code = 3");
    expect(w.issues('areaExceedsLandArea')).toEqual([
      expect.objectContaining({ messageKey: 'reporting:issue.areaExceedsLandAreaYear', params: { table: 'SO1-1.T4', year: 2019, totalKm2: 1050, maxKm2: 1000 } }),
    ]);
  });
});

describe('rule: SO1-4.T1 status areas within the land area (§1.6)', () => {
  /** The status areas of a period as a Trends.Earth import leaves them: one row per expanded status class (−32768 is no data). */
  function withStatus(w: ReturnType<typeof validationWorkspace>, periodKey: string, areas: Record<string, number>) {
    Object.entries(areas).forEach(([statusClass, areaKm2], i) => {
      const id = `01890000-0000-7000-8000-${String(i + 1).padStart(12, '0')}`;
      w.editOutsideApp(
        "INSERT INTO baseline_status_area (id, period_key, status_class, area_km2, created_at, updated_at) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
        id, periodKey, statusClass, areaKm2,
      );
    });
  }

  it('accepts status areas that add up to exactly the area of the period\'s last year: 300 + 169 + 100 = 569', () => {
    const w = validationWorkspace(tempBackend);
    w.ok('baseline.saveLandArea', { rows: [{ year: 2019, landKm2: 569, waterKm2: 0 }] });
    withStatus(w, 'report_1', { '1': 300, '4': 169, '-32768': 100 });
    expect(w.issues('areaExceedsLandArea')).toEqual([]);
  });

  it('flags status areas of 300 + 200 + 100 = 600 km² above 569 km², naming the period and both figures, linking to the SDG 15.3.1 screen', () => {
    const w = validationWorkspace(tempBackend);
    // 2019 ends the reporting period 2016–2019; 2023 (the other period) keeps the workspace's 1,000 km².
    w.ok('baseline.saveLandArea', { rows: [{ year: 2019, landKm2: 569, waterKm2: 0 }] });
    withStatus(w, 'report_1', { '1': 300, '4': 200, '-32768': 100 });
    expect(w.issues('areaExceedsLandArea')).toEqual([
      {
        rule: 'areaExceedsLandArea',
        severity: 'error',
        messageKey: 'reporting:issue.areaExceedsLandAreaPeriod',
        params: { table: 'SO1-4.T1', period: 'report_1', totalKm2: 600, maxKm2: 569 },
        location: { section: 'baseline', route: '/baseline/sdg-15-3-1', entity: 'SO1-4.T1', field: 'report_1' },
      },
    ]);
  });
});

describe('rule: no negative areas (§1.2)', () => {
  it('accepts zero areas', () => {
    const w = validationWorkspace(tempBackend);
    w.ok('baseline.saveLpd', { periodKey: 'report_1', cells: lpdCells(0, 0, 0, 0, 0) });
    expect(w.issues('negativeArea')).toEqual([]);
  });

  it('flags a negative cell written outside the app, linking to its table', () => {
    const w = validationWorkspace(tempBackend);
    w.ok('baseline.saveLpd', { periodKey: 'report_1', cells: lpdCells(10, 10, 10, 10, 10) });
    w.editOutsideApp('UPDATE baseline_lpd SET area_km2 = -5 WHERE lpd_code = 2');
    expect(w.issues('negativeArea')).toEqual([
      expect.objectContaining({ severity: 'error', params: { table: 'SO1-2.T2', km2: -5 }, location: { section: 'baseline', route: '/baseline/productivity', entity: 'SO1-2.T2', field: 'areaKm2' } }),
    ]);
  });
});

describe('rule: n × n matrix cells (§1.3)', () => {
  it('accepts the default matrix, an edited one, a region\'s and a full change matrix', () => {
    const w = validationWorkspace(tempBackend);
    w.ok('baseline.saveTransitionCell', { initialCode: 1, finalCode: 2, meaning: 0, rationale: 'Grazed woodland is stable here' });
    w.ok('baseline.saveRegions', { regions: [{ name: 'Arid north', areaKm2: 600 }, { name: 'Highlands', areaKm2: 400 }] });
    w.ok('baseline.saveLandCoverChange', { periodKey: 'baseline', cells: fullMatrix(10) });
    expect(w.issues('matrixIncomplete')).toEqual([]);
  });

  it('flags the national and a regional matrix with a cell missing: 48 of 49', () => {
    const w = validationWorkspace(tempBackend);
    w.ok('baseline.saveTransitionCell', { initialCode: 1, finalCode: 2, meaning: 0, rationale: 'Grazed woodland is stable here' });
    const region = w.ok('baseline.saveRegions', { regions: [{ name: 'Arid north', areaKm2: 1000 }] }).regions[0]!;
    w.editOutsideApp("UPDATE transition_matrix_cell SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE initial_code = 3 AND final_code = 4");
    const issues = w.issues('matrixIncomplete');
    expect(issues.map((i) => i.params)).toEqual([
      { matrix: 'SO1-1.T3', expected: 49, actual: 48 },
      { matrix: 'SO1-1.T3 · Arid north', expected: 49, actual: 48 },
    ]);
    expect(issues[1]!.location).toEqual({ section: 'regions', route: '/baseline/land-cover', entity: 'transition_region', id: region.id });
  });
});

describe('rule: regional areas sum to the land area (§1.3)', () => {
  it('accepts regions within 0.5 % of the land area', () => {
    const w = validationWorkspace(tempBackend);
    w.ok('baseline.saveRegions', { regions: [{ name: 'Arid north', areaKm2: 600 }, { name: 'Highlands', areaKm2: 404 }] });
    expect(w.issues('regionAreas')).toEqual([]);
  });

  it('flags regions that no longer add up after CP-1.T1 changed the land area, with the baseline\'s own message', () => {
    const w = validationWorkspace(tempBackend);
    w.ok('baseline.saveRegions', { regions: [{ name: 'Arid north', areaKm2: 600 }, { name: 'Highlands', areaKm2: 400 }] });
    w.ok('baseline.saveLandArea', { rows: [{ year: 2023, landKm2: 800, waterKm2: 50 }] });
    expect(w.issues('regionAreas')).toEqual([
      {
        rule: 'regionAreas',
        severity: 'error',
        messageKey: 'errors:baseline.regions.areaSum',
        params: { sum: 1000, expected: 800 },
        location: { section: 'regions', route: '/baseline/land-cover', entity: 'transition_region', field: 'regions' },
      },
    ]);
  });
});

describe('rule: data sources for national data (§1.9)', () => {
  it('accepts national data that names its source', () => {
    const w = validationWorkspace(tempBackend);
    const source = w.ok('baseline.saveSource', { title: 'Kenya land cover 2015', licence: 'CC-BY-4.0' });
    w.ok('baseline.saveLandArea', { rows: [{ year: 2015, landKm2: 900, waterKm2: 100 }], sourceId: source.id });
    expect(w.issues('dataSourceMissing')).toEqual([]);
  });

  it('flags per-year and per-period tables saved without a source, linking to their screens', () => {
    const w = validationWorkspace(tempBackend);
    w.ok('baseline.saveLandArea', { rows: [{ year: 2015, landKm2: 900, waterKm2: 100 }] });
    w.ok('baseline.saveLpd', { periodKey: 'report_2', cells: lpdCells(1, 1, 1, 1, 1) });
    const issues = w.issues('dataSourceMissing');
    expect(issues.map((i) => [i.messageKey, i.params, i.location.route])).toEqual([
      ['reporting:issue.dataSourceMissing', { table: 'CP-1.T1' }, '/baseline/land-area'],
      ['reporting:issue.dataSourceMissingPeriod', { table: 'SO1-2.T2', period: 'report_2' }, '/baseline/productivity'],
    ]);
  });
});
