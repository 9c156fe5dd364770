import { describe, expect, it } from 'vitest';
import { baselineWorkspace, teFixture } from '../baseline/test-fixture';
import { useTempBackend } from '../test-support';
import { validationWorkspace } from './validate-test-fixture';

const tempBackend = useTempBackend();
const areas = { improvedKm2: 100, stableKm2: 700, degradedKm2: 150, noDataKm2: 50 };

describe('rule: the generated Trends.Earth summary covers each period with summaries (§2.7)', () => {
  it('warns about a period with some of its four summaries, naming the missing tables, and links to the first', () => {
    const w = validationWorkspace(tempBackend);
    for (const indicator of ['land_cover', 'productivity'] as const) w.ok('baseline.saveSummary', { indicator, periodKey: 'baseline', areas });
    for (const indicator of ['land_cover', 'productivity', 'soc', 'sdg'] as const) w.ok('baseline.saveSummary', { indicator, periodKey: 'report_1', areas });
    const found = w.issues('trendsEarthSummaryIncomplete');
    expect(found.map((i) => [i.severity, i.params, i.location.route])).toEqual([
      ['warning', { period: 'baseline', tables: 'SO1-3.T2, SO1-4.T2' }, '/baseline/soil-organic-carbon'],
    ]);
  });

  it('says nothing once every period with a summary has all four, or when a Trends.Earth file was imported', () => {
    const complete = validationWorkspace(tempBackend);
    for (const indicator of ['land_cover', 'productivity', 'soc', 'sdg'] as const) complete.ok('baseline.saveSummary', { indicator, periodKey: 'baseline', areas });
    expect(complete.issues('trendsEarthSummaryIncomplete')).toEqual([]);

    // The imported file goes into the package as it is: no summary is generated, so none is incomplete.
    // (The sample file's areas sum to 1,050 km²: this workspace's land is larger.)
    const imported = baselineWorkspace(tempBackend, 2_000);
    imported.ok('baseline.saveSummary', { indicator: 'sdg', periodKey: 'report_2', areas });
    const bytes = teFixture('land-condition-2025.summary.json');
    imported.ok('baseline.importTrendsEarth', { fileName: 'job_summary.json', bytesBase64: bytes.toString('base64') });
    const { warnings } = imported.ok('reporting.validate', {});
    expect(warnings.filter((i) => i.rule === 'trendsEarthSummaryIncomplete')).toEqual([]);
  });
});
