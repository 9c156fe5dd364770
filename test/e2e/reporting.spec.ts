import { expect, test } from '@playwright/test';
import { BaselinePage } from './pages/BaselinePage';
import { ReportingPage } from './pages/ReportingPage';
import { WelcomePage } from './pages/WelcomePage';
import { WorkspaceShell } from './pages/WorkspaceShell';
import type { Lang } from './support/locale';
import { command, openApp, screenshot } from './support/session';

/**
 * The checklist before the PRAIS package: national land area saved without its data source is an error
 * that blocks the export; its link leads to the land-area screen, where naming the source fixes it, and
 * the next check is clean.
 */
for (const lang of ['en', 'ar'] as Lang[]) {
  test(`reporting checklist: an error, its link, the fix, a clean check (${lang})`, async ({ page }) => {
    const t = await openApp(page, lang);
    await new WelcomePage(page, t).createWorkspace({ name: `Reporting ${lang}`, countrySearch: 'KEN', countryIso3: 'KEN', landAreaKm2: '1050' });
    // CP-1.T1 as national data, as a script might save it: without naming a source.
    await command(page, 'baseline.saveLandArea', { rows: [2000, 2015, 2019, 2023].map((year) => ({ year, landKm2: 1000, waterKm2: 50 })) });

    const shell = new WorkspaceShell(page, t);
    await shell.goToSection('reporting');
    const checklist = new ReportingPage(page, t);
    await expect(checklist.heading).toBeVisible();
    const message = t('reporting:issue.dataSourceMissing', { table: 'CP-1.T1' });
    await expect(checklist.errors).toContainText(t('reporting:section.dataSources'));
    await expect(checklist.errors.getByRole('link', { name: message, exact: true })).toBeVisible();
    await expect(checklist.exportButton).toBeDisabled();
    await expect(page.getByText(t('reporting:export.blocked'))).toBeVisible();
    await screenshot(page, lang, '70-reporting-error');

    // The link opens the screen that fixes it: the land area, with the data sources beside it.
    await checklist.followIssue(message);
    await expect(page).toHaveURL(/#\/baseline\/land-area$/);
    const baseline = new BaselinePage(page, t);
    const source = lang === 'ar' ? 'الجهاز الوطني للإحصاء، مساحة الأرض 2023' : 'National Bureau of Statistics, land area 2023';
    await baseline.addSource(source, 'KNBS');
    const landArea = baseline.table('CP-1.T1');
    await baseline.startEditing(landArea);
    await baseline.fillAndSave(landArea, [], source);
    await expect(baseline.provenance(landArea)).toHaveText(t('baseline:provenance.national', { source }));

    // Checked again: nothing left, and the package can be exported.
    await shell.goToSection('reporting');
    await checklist.recheck();
    await expect(checklist.allClear).toBeVisible();
    await expect(checklist.errors).toHaveCount(0);
    await expect(checklist.exportButton).toBeEnabled();
    await screenshot(page, lang, '71-reporting-clean');

    // Exported beside the workspace file, then handed to the outbox for PRAIS, which takes uploads by hand.
    await checklist.exportButton.click();
    const saved = page.getByRole('status').filter({ hasText: /KEN_LDN_2026_\d{8}T\d{6}Z\.zip/ });
    await expect(saved).toBeVisible();
    const packageName = /KEN_LDN_2026_\d{8}T\d{6}Z\.zip/.exec((await saved.textContent()) ?? '')![0];
    await page.getByRole('button', { name: t('outbox:send.forPrais') }).click();
    await expect(page.getByText(t('outbox:send.readyForPrais'))).toBeVisible();
    await page.getByRole('link', { name: t('outbox:send.openOutbox') }).click();
    // The outbox belongs to the computer, not the workspace: earlier runs' packages may be listed too.
    await expect(page.getByRole('listitem').filter({ hasText: packageName })).toContainText(t('outbox:state.ready'));
    await screenshot(page, lang, '72-reporting-exported-to-outbox');
  });
}
