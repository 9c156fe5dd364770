import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { CommandError } from '../../../shared/command';
import { useTempBackend } from '../test-support';
import { baselineWorkspace, fullMatrix, teFixture, upload } from './test-fixture';
import { tarGz } from './trends-earth/tar-gz.test-support';

const tempBackend = useTempBackend();
const LC_2025 = 'land-condition-2025.summary.json';

/** The parts of the 2025 fixture the tests below spoil. */
interface Fixture2025 {
  land_condition: Record<
    'baseline' | 'report_1',
    {
      period_assessment: {
        sdg: { summary: { areas: { area: number }[] } };
        land_cover: { summary: { unit: string }; crosstabs_by_land_cover_class: { values: { final_label: string }[] }[] };
      };
    }
  >;
}

/** The 2025 fixture with one change made to its parsed JSON. */
function edited2025(edit: (json: Fixture2025) => void): Buffer {
  const json = JSON.parse(teFixture(LC_2025).toString('utf8')) as Fixture2025;
  edit(json);
  return Buffer.from(JSON.stringify(json, null, 2));
}

/**
 * Runs `attempt` against a workspace that already holds national data and asserts that it is refused
 * and that nothing changed: the same baseline, the same number of change-log rows.
 */
async function refusedAndUnchanged(attempt: (w: ReturnType<typeof baselineWorkspace>) => Promise<CommandError> | CommandError, landAreaKm2?: number): Promise<CommandError> {
  const w = baselineWorkspace(tempBackend, landAreaKm2);
  w.ok('baseline.saveSummary', { indicator: 'sdg', periodKey: 'baseline', areas: { improvedKm2: 10, stableKm2: 70, degradedKm2: 15, noDataKm2: 5 } });
  const before = { data: w.ok('baseline.get', {}), log: w.changeLogCount() };
  const error = await attempt(w);
  expect(w.ok('baseline.get', {})).toEqual(before.data);
  expect(w.changeLogCount()).toBe(before.log);
  return error;
}

const TEN_MB_OF_ZEROS_GZIPPED = gzipSync(Buffer.alloc(10 * 1024 * 1024), { level: 9 });

const importing = (fileName: string, bytes: Buffer) => (w: ReturnType<typeof baselineWorkspace>) => w.fails('baseline.importTrendsEarth', upload(fileName, bytes));

describe('hostile Trends.Earth files: a clear refusal, nothing imported', () => {
  it('a truncated JSON file, with the line and column where it breaks', async () => {
    const bytes = teFixture(LC_2025).subarray(0, 1000);
    const error = await refusedAndUnchanged(importing('cut.json', bytes));
    const lines = bytes.toString('utf8').split('\n');
    expect(error).toMatchObject({ messageKey: 'errors:baseline.te.notJsonAt', details: { fileName: 'cut.json', line: lines.length, column: lines.at(-1)!.length + 1 } });
  });

  it('a file that is not JSON', async () => {
    const error = await refusedAndUnchanged(importing('report.pdf', Buffer.from('%PDF-1.7 not json')));
    expect(error).toMatchObject({ code: 'validation', messageKey: 'errors:baseline.te.notJson', details: { fileName: 'report.pdf' } });
  });

  it('JSON of the wrong schema, with every fault located', async () => {
    const error = await refusedAndUnchanged(importing('bad.json', teFixture('malformed-land-condition.summary.json')));
    expect(error.messageKey).toBe('errors:baseline.te.invalidFile');
    expect(error.details?.fields?.length).toBeGreaterThan(1);
    expect(error.details?.fields?.every((f) => f.path[0] === 'land_condition' || f.path[0] === 'metadata')).toBe(true);
  });

  it('a negative area and an unknown unit', async () => {
    const bytes = edited2025((json) => {
      json.land_condition.baseline.period_assessment.sdg.summary.areas[2]!.area = -150;
      json.land_condition.report_1.period_assessment.land_cover.summary.unit = 'acres';
    });
    const error = await refusedAndUnchanged(importing('edited.json', bytes));
    expect(error.details?.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['land_condition', 'baseline', 'period_assessment', 'sdg', 'summary', 'areas', 2, 'area'], messageKey: 'errors:baseline.te.negativeArea' }),
        expect.objectContaining({ path: ['land_condition', 'report_1', 'period_assessment', 'land_cover', 'summary', 'unit'], messageKey: 'errors:baseline.te.unknownUnit' }),
      ]),
    );
  });

  it('a land-cover class name outside the UNCCD legend', async () => {
    const bytes = edited2025((json) => {
      json.land_condition.baseline.period_assessment.land_cover.crosstabs_by_land_cover_class[0]!.values[1]!.final_label = 'Plantation';
    });
    const error = await refusedAndUnchanged(importing('national-legend.json', bytes));
    expect(error.details?.fields).toEqual([
      {
        path: ['land_condition', 'baseline', 'period_assessment', 'land_cover', 'crosstabs_by_land_cover_class', 0, 'values', 1, 'final_label'],
        messageKey: 'errors:baseline.te.unknownLandCoverClass',
        params: { name: 'Plantation' },
      },
    ]);
  });

  it('areas larger than the land area (more than 1 % over)', async () => {
    // The fixture's summaries cover 1,000 km²; the workspace has 980 km² of land.
    const error = await refusedAndUnchanged((w) => w.fails('baseline.previewTrendsEarth', upload(LC_2025, teFixture(LC_2025))), 980);
    expect(error.details?.fields).toContainEqual({
      path: ['land_condition', 'baseline', 'period_assessment', 'sdg'],
      messageKey: 'errors:baseline.te.exceedsLandArea',
      params: { max: 980, total: 1000 },
    });
    await refusedAndUnchanged(importing(LC_2025, teFixture(LC_2025)), 980);
  });

  it('a change matrix with missing cells (national entry)', async () => {
    const error = await refusedAndUnchanged((w) => w.fails('baseline.saveLandCoverChange', { periodKey: 'baseline', cells: fullMatrix(1).slice(0, 40) }));
    expect(error.messageKey).toBe('errors:baseline.matrixIncomplete');
  });

  it('a missing path and a plain JSON file over the size limit', { timeout: 30_000 }, async () => {
    const missing = await refusedAndUnchanged((w) => w.fails('baseline.importTrendsEarth', { path: join(w.dir, 'nowhere.json') }));
    expect(missing.code).toBe('file_not_found');
    const huge = await refusedAndUnchanged((w) => {
      const path = join(w.dir, 'huge.json');
      writeFileSync(path, Buffer.concat([Buffer.from('{"land_condition": {}, "pad": "'), Buffer.alloc(65 * 1024 * 1024, 'x'), Buffer.from('"}')]));
      return w.fails('baseline.importTrendsEarth', { path });
    });
    expect(huge).toMatchObject({ messageKey: 'errors:baseline.te.tooLarge', details: { maxMb: 64 } });
  });
});

describe('hostile packages', () => {
  const summary = { name: 'job_summary.json', bytes: teFixture(LC_2025) };

  it.each([
    ['a member that climbs out of the folder', { name: '../evil.json', bytes: Buffer.from('{}') }, '../evil.json'],
    ['a member with an absolute path', { name: '/etc/evil.json', bytes: Buffer.from('{}') }, '/etc/evil.json'],
    ['a symbolic link', { name: 'link.json', type: 'symlink' as const, linkname: '/etc/passwd' }, 'link.json'],
    ['a hard link', { name: 'hard.json', type: 'link' as const, linkname: 'job_summary.json' }, 'hard.json'],
    ['a device', { name: 'dev', type: 'character-device' as const }, 'dev'],
  ])('%s', async (_, member, name) => {
    const pkg = await tarGz([summary, member]);
    const error = await refusedAndUnchanged(importing('pkg.tar.gz', pkg));
    expect(error).toMatchObject({ messageKey: 'errors:baseline.te.unsafeArchive', details: { name } });
  });

  it('a summary member over the size limit', { timeout: 30_000 }, async () => {
    const pkg = await tarGz([summary, { name: 'big_summary.json', bytes: Buffer.alloc(64 * 1024 * 1024 + 1) }]);
    const error = await refusedAndUnchanged(importing('pkg.tar.gz', pkg));
    expect(error).toMatchObject({ messageKey: 'errors:baseline.te.memberTooLarge', details: { name: 'big_summary.json', maxMb: 64 } });
  });

  it('a decompression bomb: 600 MB of zeros in about a megabyte', { timeout: 60_000 }, async () => {
    // Sixty gzip members of 10 MB of zeros each: gunzip reads concatenated members as one stream.
    const bomb = Buffer.concat(Array.from({ length: 60 }, () => TEN_MB_OF_ZEROS_GZIPPED));
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const error = await refusedAndUnchanged(importing('bomb.tar.gz', bomb));
    expect(error).toMatchObject({ messageKey: 'errors:baseline.te.archiveTooLarge', details: { maxMb: 512 } });
  });

  it('too many members', async () => {
    const pkg = await tarGz([summary, ...Array.from({ length: 1000 }, (_, i) => ({ name: `f${i}.txt`, bytes: Buffer.from('x') }))]);
    const error = await refusedAndUnchanged(importing('pkg.tar.gz', pkg));
    expect(error).toMatchObject({ messageKey: 'errors:baseline.te.tooManyMembers', details: { max: 1000 } });
  });

  it('a truncated package and a package without a summary', async () => {
    const pkg = await tarGz([summary]);
    const cut = await refusedAndUnchanged(importing('cut.tar.gz', pkg.subarray(0, pkg.length - 40)));
    expect(cut.messageKey).toBe('errors:baseline.te.corruptArchive');
    const empty = await refusedAndUnchanged(importing('empty.tar.gz', await tarGz([{ name: 'job_band_key.json', bytes: Buffer.from('{"bands": []}') }])));
    expect(empty.messageKey).toBe('errors:baseline.te.noSummaryInPackage');
  });

  it('a package whose summary has a fault names the member in the path', async () => {
    const pkg = await tarGz([{ name: 'job_summary.json', bytes: teFixture('malformed-land-condition.summary.json') }]);
    const error = await refusedAndUnchanged(importing('pkg.tar.gz', pkg));
    expect(error.details?.fields?.every((f) => f.path[0] === 'job_summary.json')).toBe(true);
  });
});
