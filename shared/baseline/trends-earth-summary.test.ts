import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONDITION, NO_DATA } from './classes';
import { counterbalancingWarnings } from './counterbalancing';
import { statusFromCrossTabulation } from './status';
import { parseTrendsEarthSummary, type CounterbalancingSummary, type LandConditionSummary } from './trends-earth-summary';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../test/fixtures/trends-earth/${name}`, import.meta.url), 'utf8'));

function parsed<T>(json: unknown): T {
  const result = parseTrendsEarthSummary(json);
  if (!result.ok) throw new Error(`expected a valid file, got ${JSON.stringify(result.problems)}`);
  return result.value as T;
}

const { improved: I, stable: S, degraded: D, noData: N } = CONDITION;

describe('land condition summary, 2025+ layout (domain-spec §2.2)', () => {
  const summary = parsed<LandConditionSummary>(fixture('land-condition-2025.summary.json'));
  const [baseline, report1] = summary.periods;

  it('reads the metadata and the periods in order', () => {
    expect(summary).toMatchObject({
      kind: 'land-condition',
      layout: '2025',
      metadata: { reportDate: '2026-06-15T09:30:00+00:00', trendsEarthVersion: '2.3.0', areaOfInterestName: 'Sample country' },
    });
    expect(summary.periods.map((p) => [p.key, p.rule])).toEqual([
      ['baseline', 'period-assessment'],
      ['report_1', 'period-assessment'],
    ]);
  });

  it('maps the 3-class labels to codes, per indicator and cover-type key', () => {
    expect(baseline!.assessment.sdg).toEqual({ improvedKm2: 100, stableKm2: 700, degradedKm2: 150, noDataKm2: 50 });
    expect(baseline!.assessment.landCover).toEqual({ improvedKm2: 30, stableKm2: 880, degradedKm2: 40, noDataKm2: 50 });
    expect(Object.keys(baseline!.assessment.productivity)).toEqual(['all_cover_types', 'non_water']);
    expect(baseline!.assessment.soc['non_water']).toEqual({ improvedKm2: 10, stableKm2: 840, degradedKm2: 50, noDataKm2: 50 });
    expect(baseline!.status).toBeNull();
    expect(baseline!.change).toBeNull();
  });

  it('reads the land-cover change matrix, land cover by year and LPD by class', () => {
    const change = baseline!.assessment.landCoverChange[0]!;
    expect([change.initialYear, change.finalYear]).toEqual([2000, 2015]);
    expect(change.cells).toContainEqual({ initialClass: 'Grassland', finalClass: 'Tree-covered', areaKm2: 20 });
    expect(baseline!.assessment.landCoverAreasKm2ByYear?.['2015']?.['Artificial']).toBe(30);
    expect(baseline!.assessment.productivityByLandCover.map((p) => p.lpd)).toEqual([1, 2, 3, 4, 5, NO_DATA]); // "Stressed" → 3
    expect(baseline!.assessment.socStockByYear?.unit).toBe('tonnes');
  });

  it('reads status and change of a reporting period, and the status agrees with the Status Matrix', () => {
    expect(report1!.status?.sdg).toEqual({ improvedKm2: 160, stableKm2: 580, degradedKm2: 210, noDataKm2: 50 });
    const sdgChange = report1!.change!.sdg;
    expect(sdgChange.cells).toContainEqual({ baseline: D, period: I, areaKm2: 20 });
    expect(sdgChange.cells).toContainEqual({ baseline: N, period: N, areaKm2: 50 });
    // The fixture's status was built by hand from its change table (see status.test.ts): recomputing must agree.
    expect(statusFromCrossTabulation(sdgChange.cells).collapsedKm2).toEqual(report1!.status!.sdg);
    expect(report1!.change!.soc.cells).toContainEqual({ baseline: S, period: I, areaKm2: 7 });
  });

  it('accepts fields it does not know and legacy period keys', () => {
    const json = fixture('land-condition-2025.summary.json') as { land_condition: Record<string, unknown> };
    const { report_1, ...rest } = json.land_condition;
    json.land_condition = { ...rest, reporting_2: { ...(report_1 as object), future_field: [1, 2] } };
    expect(parsed<LandConditionSummary>(json).periods.map((p) => p.key)).toEqual(['baseline', 'report_2']);
  });
});

describe('land condition summary, 2022 layout (domain-spec §2.2 "2022-era variant")', () => {
  const summary = parsed<LandConditionSummary>(fixture('land-condition-2022.summary.json'));

  it('reads the baseline report and the progress report as report_1', () => {
    expect(summary.layout).toBe('2022');
    expect(summary.metadata.trendsEarthVersion).toBe('2.0.1');
    expect(summary.periods.map((p) => [p.key, p.rule])).toEqual([
      ['baseline', 'baseline-2022'],
      ['report_1', 'progress-2022'],
    ]);
    expect(summary.periods[0]!.assessment.sdg).toEqual({ improvedKm2: 100, stableKm2: 700, degradedKm2: 150, noDataKm2: 50 });
  });

  it('converts hectares to km²', () => {
    // the progress SDG list is in ha: 12000 ha = 120 km², 66000 ha = 660 km², 17000 ha = 170 km², 5000 ha = 50 km²
    expect(summary.periods[1]!.assessment.sdg).toEqual({ improvedKm2: 120, stableKm2: 660, degradedKm2: 170, noDataKm2: 50 });
  });
});

describe('counterbalancing summary (domain-spec §2.5)', () => {
  it('reads the layout te_algorithms writes', () => {
    const summary = parsed<CounterbalancingSummary>(fixture('counterbalancing.json'));
    expect(summary).toMatchObject({ kind: 'counterbalancing', layout: 'te-algorithms', overallLdnAchieved: null });
    expect(summary.metadata.reportDate).toBe('2026-06-16T11:00:00+00:00');
    expect(summary.landTypes).toEqual([
      { code: 11, name: 'Cropland on Vertisols', gainsKm2: 12.5, lossesKm2: 8, deltaLdnKm2: 4.5, ldnAchieved: true },
      { code: 21, name: 'Grassland on Arenosols', gainsKm2: 3, lossesKm2: 7.25, deltaLdnKm2: -4.25, ldnAchieved: false },
    ]);
    expect(counterbalancingWarnings(summary)).toEqual([]); // 12.5 − 8 = 4.5 ≥ 0; 3 − 7.25 = −4.25 < 0
  });

  it('reads the layout te_schemas declares', () => {
    const summary = parsed<CounterbalancingSummary>({
      metadata: {
        title: 'Trends.Earth Counterbalancing Report',
        date: '2026-06-16T11:00:00+00:00',
        trends_earth_version: { version: '2.3.0', release_date: '2026-04-29T00:00:00+00:00', revision: null },
        area_of_interest: { name: 'Sample country', geojson: {}, crs_wkt: '' },
      },
      counterbalancing: {
        land_type_results: [{ land_type_name: 'Cropland on Vertisols', gains_area_sq_km: 12.5, losses_area_sq_km: 8, delta_ldn: 4.5, ldn_achieved: true }],
        overall_ldn_achieved: true,
      },
    });
    expect(summary).toMatchObject({ layout: 'te-schemas', overallLdnAchieved: true, metadata: { trendsEarthVersion: '2.3.0' } });
    expect(summary.landTypes[0]).toEqual({ code: null, name: 'Cropland on Vertisols', gainsKm2: 12.5, lossesKm2: 8, deltaLdnKm2: 4.5, ldnAchieved: true });
  });

  it('refuses a negative gain with its path', () => {
    const json = fixture('counterbalancing.json') as { land_type_results: { gains_area_sqkm: number }[] };
    json.land_type_results[1]!.gains_area_sqkm = -1;
    expect(parseTrendsEarthSummary(json)).toEqual({
      ok: false,
      problems: [{ path: ['land_type_results', 1, 'gains_area_sqkm'], messageKey: 'errors:baseline.te.negativeArea' }],
    });
  });
});

describe('bad files', () => {
  it('locates every fault of the malformed fixture', () => {
    const result = parseTrendsEarthSummary(fixture('malformed-land-condition.summary.json'));
    const report = ['land_condition', 'report_1'];
    expect(result).toEqual({
      ok: false,
      problems: expect.arrayContaining([
        { path: [...report, 'period_assessment', 'sdg', 'summary', 'areas', 2, 'area'], messageKey: 'errors:baseline.te.negativeArea' },
        { path: [...report, 'status_assessment', 'sdg', 'areas', 0, 'name'], messageKey: 'errors:baseline.te.unknownLabel' },
        { path: [...report, 'status_assessment', 'land_cover', 'unit'], messageKey: 'errors:baseline.te.unknownUnit' },
        { path: [...report, 'change_assessment', 'sdg', 'final_year'], messageKey: 'errors:baseline.te.missingField' },
      ]) as unknown,
    });
    expect(result.ok ? [] : result.problems).toHaveLength(4);
  });

  it('refuses what is not a Trends.Earth summary', () => {
    expect(parseTrendsEarthSummary([1, 2])).toEqual({ ok: false, problems: [{ path: [], messageKey: 'errors:baseline.te.notAnObject' }] });
    expect(parseTrendsEarthSummary({ type: 'FeatureCollection' })).toEqual({ ok: false, problems: [{ path: [], messageKey: 'errors:baseline.te.unrecognizedFile' }] });
  });

  it('refuses a file without periods, an unknown period key and missing metadata', () => {
    const json = fixture('land-condition-2025.summary.json') as { metadata?: unknown; land_condition: Record<string, unknown> };
    expect(parseTrendsEarthSummary({ ...json, land_condition: {} })).toEqual({ ok: false, problems: [{ path: ['land_condition'], messageKey: 'errors:baseline.te.noPeriods' }] });
    expect(parseTrendsEarthSummary({ ...json, land_condition: { ...json.land_condition, midterm: json.land_condition['report_1'] } })).toEqual({
      ok: false,
      problems: [{ path: ['land_condition', 'midterm'], messageKey: 'errors:baseline.te.unknownPeriod' }],
    });
    expect(parseTrendsEarthSummary({ ...json, metadata: undefined })).toEqual({ ok: false, problems: [{ path: ['metadata'], messageKey: 'errors:baseline.te.missingField' }] });
  });
});
