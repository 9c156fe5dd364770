import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { WelcomePage } from './pages/WelcomePage';
import { translator, type Lang, type T } from './support/locale';
import { command, openApp, SCREENSHOTS } from './support/session';

const PDF_DIR = 'test-results/report';
// poppler-utils: .ci/run installs it; on a machine without it the PDF is still printed, but not read back.
const PDFTOPPM = '/usr/bin/pdftoppm';
const PDFTOTEXT = '/usr/bin/pdftotext';
const PAGES_TO_LOOK_AT = 4;
const SECTION_TITLES = ['baseline.title', 'targets.title', 'commitments.title', 'balance.title', 'consultations.title', 'areas.title'];

/** A workspace with something in every section: baseline, a target with a linked measure and an area, a held consultation. */
async function fillWorkspace(page: Page, lang: Lang): Promise<void> {
  await command(page, 'baseline.saveLandArea', { rows: [{ year: 2015, landKm2: 1000, waterKm2: 50 }] });
  await command(page, 'baseline.saveSummary', {
    indicator: 'sdg',
    periodKey: 'baseline',
    areas: { improvedKm2: 100, stableKm2: 650, degradedKm2: 250, noDataKm2: 0 },
  });
  const grazing = (await command(page, 'landtypes.save', { code: 'GL-1', name: 'Grazing land', areaKm2: 800, degradedAreaKm2: 120 })) as { id: string };
  const target = (await command(page, 'targets.save', {
    text: lang === 'ar' ? 'تحقيق تحييد أثر تدهور الأراضي بحلول عام 2030' : 'Achieve LDN by 2030 compared to the 2015 baseline',
    level: 'national',
    pattern: 'achieve_ldn',
    ambition: 'no_net_loss',
    hierarchyTypes: ['avoid', 'reduce', 'reverse'],
    indicators: ['sdg_15_3_1'],
    landTypeIds: [grazing.id],
    baselineYear: 2015,
    targetYear: 2030,
    milestones: [{ year: 2026, value: 0 }],
  })) as { id: string };
  const { items } = (await command(page, 'worksheets.listScenarios')) as { items: { id: string }[] };
  await command(page, 'worksheets.saveLoss', { scenarioId: items[0]!.id, landTypeId: grazing.id, areaKm2: 30, driver: 'urban_expansion', expectedYear: 2028, source: 'entered' });
  await command(page, 'worksheets.saveMeasure', {
    scenarioId: items[0]!.id,
    landTypeId: grazing.id,
    level: 'reverse',
    description: lang === 'ar' ? 'إعادة تأهيل المدرجات' : 'Rehabilitate terraces',
    areaKm2: 50,
    startYear: 2026,
    endYear: 2030,
    targetIds: [target.id],
  });
  await command(page, 'maps.setGeometry', {
    ownerEntity: 'target',
    ownerId: target.id,
    geometry: { type: 'Polygon', coordinates: [[[36.8, -1.3], [36.9, -1.3], [36.9, -1.2], [36.8, -1.2], [36.8, -1.3]]] },
  });
  const person = (await command(page, 'consultations.savePerson', { name: 'Amina Njoroge', sector: 'government', sex: 'female', ageBand: 'undisclosed' })) as { id: string };
  const workshop = (await command(page, 'consultations.save', {
    title: 'Target validation workshop',
    status: 'held',
    startDate: '2026-03-10',
    modality: 'in_person',
    purpose: 'target_setting',
  })) as { id: string };
  await command(page, 'consultations.setAttendance', { consultationId: workshop.id, personIds: [person.id] });
}

/** Every section has finished loading: no "Loading…" left anywhere in the report. */
async function waitForReport(page: Page, t: T): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toContainText(t('report:documentTitle'));
  await expect(page.getByRole('status').filter({ hasText: t('loading') })).toHaveCount(0);
  await expect(page.getByRole('region', { name: new RegExp(t('report:areas.title')) })).toBeVisible();
}

/**
 * The PDF as Chromium prints it (A4, the report's @page margins), then its first pages as PNG for a
 * person to look at: with pdftoppm where it is installed, else screenshots of the page in print media.
 * Where poppler is installed, the PDF's text is read back too: it holds every section's heading in
 * `headings`' language and runs over more than one page.
 */
async function printAndRender(page: Page, name: string, headings: T): Promise<void> {
  mkdirSync(PDF_DIR, { recursive: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const pdfPath = join(PDF_DIR, `${name}.pdf`);
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true });
  if (existsSync(PDFTOTEXT)) {
    const pages = execFileSync(PDFTOTEXT, ['-layout', pdfPath, '-']).toString('utf8').split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    const text = pages.join('\n').replace(/\s+/g, ' ');
    for (const key of SECTION_TITLES) expect(text).toContain(headings(`report:${key}`));
  }
  if (existsSync(PDFTOPPM)) {
    execFileSync(PDFTOPPM, ['-png', '-r', '80', '-f', '1', '-l', String(PAGES_TO_LOOK_AT), pdfPath, join(SCREENSHOTS, name)]);
    return;
  }
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-print.png`), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
}

for (const { lang, second } of [
  { lang: 'en', second: null },
  { lang: 'ar', second: 'en' },
] as { lang: Lang; second: Lang | null }[]) {
  const label = second ? `${lang}+${second}` : lang;
  test(`printable national report: every section, printed to PDF (${label})`, async ({ page }) => {
    const t = await openApp(page, lang);
    await new WelcomePage(page, t).createWorkspace({ name: `Report ${lang}`, countrySearch: 'KEN', countryIso3: 'KEN', landAreaKm2: '1050' });
    await fillWorkspace(page, lang);

    // From the navigation, as a user gets there.
    await page.getByRole('link', { name: t('nav:page.report'), exact: true }).click();
    await expect(page).toHaveURL(/#\/report$/);
    await waitForReport(page, t);
    await expect(page.getByRole('navigation')).toHaveCount(0);
    const article = page.locator('article.report__document');
    await expect(article).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');

    for (const key of SECTION_TITLES) {
      await expect(page.getByRole('region', { name: new RegExp(t(`report:${key}`)) })).toBeVisible();
    }
    const baseline = page.getByRole('region', { name: new RegExp(t('report:baseline.title')) });
    await expect(baseline.getByRole('row', { name: new RegExp(t('baseline:condition.degraded')) }).first()).toContainText(/25|٢٥/);

    if (second) {
      await page.getByRole('combobox', { name: t('report:toolbar.secondLanguage') }).selectOption(second);
      await expect(page).toHaveURL(new RegExp(`second=${second}`));
      const english = article.getByRole('heading', { level: 1 }).locator(`[lang="${second}"]`);
      await expect(english).toHaveAttribute('dir', 'ltr');
      await waitForReport(page, t);
    }
    // Arabic glyphs come out of a PDF in presentation forms; the English half of the bilingual report reads back plainly.
    await printAndRender(page, `report-${label}`, second ? translator(second) : t);
  });
}
