import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BaselinePage, type TableCell } from './pages/BaselinePage';
import { WelcomePage } from './pages/WelcomePage';
import { WorkspaceShell } from './pages/WorkspaceShell';
import type { Lang } from './support/locale';
import { openApp, screenshot } from './support/session';

const FIXTURE = 'land-condition-2025.summary.json';
const FIXTURE_PATH = join(__dirname, '../fixtures/trends-earth', FIXTURE);
const YEARS = [2000, 2015, 2019, 2023];

/**
 * A working group imports its Trends.Earth summary, reads the SO1 tables and charts, then replaces the
 * land area (CP-1.T1) with national data from its statistics office, named as the source.
 */
for (const lang of ['en', 'ar'] as Lang[]) {
  test(`Trends.Earth import, SO1 tables and charts, national land area with its source (${lang})`, async ({ page }) => {
    const t = await openApp(page, lang);
    const number = (value: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
    const year = (value: number) => new Intl.NumberFormat(lang, { useGrouping: false }).format(value);
    // The sample file covers 1,050 km² with its water bodies: the workspace's area must hold it.
    await new WelcomePage(page, t).createWorkspace({ name: `Baseline ${lang}`, countrySearch: 'KEN', countryIso3: 'KEN', landAreaKm2: '1050' });

    await new WorkspaceShell(page, t).goToSection('baseline');
    const baseline = new BaselinePage(page, t);
    await expect(page.getByRole('heading', { level: 1, name: t('baseline:title') })).toBeVisible();

    // Step 1: the preview says what will be filled; nothing is imported before the confirmation.
    await baseline.openImport();
    // The web host takes files of up to 18 MB (a larger package goes through the desktop app).
    const limit = new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(18);
    await expect(baseline.importDialog).toContainText(t('baseline:import.sizeLimit', { size: limit }));
    await baseline.previewFile(FIXTURE_PATH, FIXTURE);
    await expect(baseline.importDialog).toContainText('2.3.0');
    await expect(baseline.importDialog).toContainText('Sample country');
    await screenshot(page, lang, '40-baseline-import-preview');
    await baseline.confirmImport();
    const imports = page.getByRole('region', { name: t('baseline:imports.title') }).first();
    await expect(imports.getByRole('rowheader', { name: FIXTURE })).toBeVisible();

    // SO1-1: imported tables say so; the land cover chart is drawn, with its numbers as a table too.
    await baseline.goTo('landCover');
    const degradation = baseline.table('SO1-1.T7', 'baseline');
    await expect(baseline.provenance(degradation)).toHaveText(t('baseline:provenance.imported', { file: FIXTURE }));
    await expect(degradation.getByRole('row', { name: new RegExp(`^${t('baseline:condition.degraded')}`) })).toContainText(number(40));
    await expect(baseline.table('SO1-1.T5', 'baseline')).toBeVisible();
    await expect(baseline.chart(t('baseline:chart.landCoverTitle'))).toBeVisible();
    await expect(page.locator('svg[data-direction]').first()).toHaveAttribute('data-direction', lang === 'ar' ? 'rtl' : 'ltr');
    await screenshot(page, lang, '41-baseline-land-cover');

    await baseline.goTo('productivity');
    await expect(baseline.chart(t('baseline:chart.lpdTitle', { period: t('baseline:period.baseline') }))).toBeVisible();
    await screenshot(page, lang, '42-baseline-productivity');

    await baseline.goTo('sdg');
    const sdg = baseline.table('SO1-4.T2', 'baseline');
    await expect(sdg.getByRole('row', { name: new RegExp(`^${t('baseline:condition.degraded')}`) })).toContainText(number(150));
    await expect(baseline.chart(t('baseline:chart.sdgTitle'))).toBeVisible();
    await expect(baseline.table('SO1-4.T1', 'report_1')).toBeVisible();
    await screenshot(page, lang, '43-baseline-sdg');

    // National data: the statistics office's land area, with the source named.
    await baseline.goTo('landArea');
    const source = lang === 'ar' ? 'الجهاز الوطني للإحصاء، مساحة الأرض 2023' : 'National Bureau of Statistics, land area 2023';
    await baseline.addSource(source, 'KNBS');
    const landArea = baseline.table('CP-1.T1');
    await expect(baseline.provenance(landArea)).toHaveText(t('baseline:provenance.default'));
    await baseline.startEditing(landArea);
    const land = t('baseline:column.landKm2');
    const water = t('baseline:column.waterKm2');
    const cells = (land2000: string): TableCell[] =>
      YEARS.flatMap((y) => [
        { row: year(y), column: land, value: y === 2000 ? land2000 : '1000' },
        { row: year(y), column: water, value: '50' },
      ]);
    // Less than the land cover already imported for 2000 (1,000 km²): refused at that cell, the typed value kept.
    await baseline.fillAndSave(landArea, cells('900'), source);
    const refused = baseline.cell(landArea, year(2000), land);
    await expect(refused).toHaveAttribute('aria-invalid', 'true');
    await expect(refused).toHaveValue('900');
    await expect(landArea).toContainText(t('errors:baseline.landAreaBelowExtent', { min: number(1000) }));
    await screenshot(page, lang, '44-baseline-refused-at-cell');

    await refused.fill('1000');
    await landArea.getByRole('button', { name: t('common:save') }).click();
    await expect(baseline.provenance(landArea)).toHaveText(t('baseline:provenance.national', { source }));
    await expect(landArea.getByRole('row', { name: new RegExp(`^${year(2015)}`) })).toContainText(number(1050));
    await screenshot(page, lang, '45-baseline-national-land-area');

    // The proportion of degraded land now divides by the national land area: 150 of 1,000 km² is 15 %.
    await baseline.goTo('sdg');
    await expect(sdg.getByRole('row', { name: new RegExp(`^${t('baseline:condition.degraded')}`) })).toContainText(t('baseline:unit.percent', { value: number(15) }));

    // On paper: no navigation, the tables and charts whole.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: t('nav:label') })).toBeHidden();
    await screenshot(page, lang, '46-baseline-print');
    await page.emulateMedia({ media: 'screen' });
  });
}
