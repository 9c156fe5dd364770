import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { startTestReceiver } from '../../electron/backend/outbox/test-receiver';
import { BaselinePage } from './pages/BaselinePage';
import { OutboxPage } from './pages/OutboxPage';
import { ReportingPage } from './pages/ReportingPage';
import { WelcomePage } from './pages/WelcomePage';
import { WorkspaceShell } from './pages/WorkspaceShell';
import type { Lang } from './support/locale';
import { command, openApp, screenshot } from './support/session';

/**
 * The checklist before the PRAIS package: national land area saved without its data source is an error
 * that blocks the export; its link leads to the land-area screen, where naming the source fixes it, and
 * the next check is clean. The licence for PRAIS is chosen on its form; the package, which states it, is then exported through the screen, queued while the submission
 * endpoint (a real HTTP receiver on 127.0.0.1, started by this test) is down, and arrives once it is up.
 */
for (const lang of ['en', 'ar'] as Lang[]) {
  test(`reporting: an error, its link, the fix, a clean check, export, sent once the endpoint is up (${lang})`, async ({ page }) => {
    const t = await openApp(page, lang);
    // The submission endpoint is set, on a port where nothing listens yet: the receiver is "down".
    const down = await startTestReceiver();
    await down.close();
    await new OutboxPage(page, t).open();
    await new OutboxPage(page, t).setEndpoint(down.url);
    await page.goto('/');
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
    await checklist.chooseLicence('CC-BY-4.0');
    await screenshot(page, lang, '71-reporting-clean');

    // Exported beside the workspace file, then queued for the submission endpoint (not listening yet) and
    // handed to the outbox for PRAIS, which takes uploads by hand.
    await checklist.exportButton.click();
    const saved = page.getByRole('status').filter({ hasText: /KEN_LDN_2026_\d{8}T\d{6}Z\.zip/ });
    await expect(saved).toBeVisible();
    const packagePath = /\S*KEN_LDN_2026_\d{8}T\d{6}Z\.zip/.exec((await saved.textContent()) ?? '')![0];
    const packageName = basename(packagePath);
    const manifest = JSON.parse(Buffer.from(unzipSync(readFileSync(packagePath))['manifest.json']!).toString('utf8')) as { licence: unknown };
    expect(manifest.licence).toEqual({ id: 'CC-BY-4.0', basis: 'usl' });
    await page.getByRole('button', { name: t('outbox:send.whenOnline') }).click();
    await expect(page.getByText(t('outbox:send.queued'))).toBeVisible();
    await page.getByRole('button', { name: t('outbox:send.forPrais') }).click();
    await expect(page.getByText(t('outbox:send.readyForPrais'))).toBeVisible();
    await page.getByRole('link', { name: t('outbox:send.openOutbox') }).click();
    // The outbox belongs to the computer, not the workspace: earlier runs' packages may be listed too.
    const outbox = new OutboxPage(page, t);
    await expect(outbox.state(packageName, 'prais')).toHaveText(t('outbox:state.ready'));
    await expect(outbox.state(packageName, 'endpoint')).toHaveText(t('outbox:state.queued'));
    await expect(outbox.item(packageName, 'endpoint')).toContainText(t('outbox:reason.offline'));
    await screenshot(page, lang, '72-reporting-exported-to-outbox');

    // The endpoint comes up: the exported package itself arrives, byte for byte.
    const receiver = await startTestReceiver(down.port);
    try {
      await outbox.tryNow(packageName, 'endpoint');
      await expect(outbox.state(packageName, 'endpoint')).toHaveText(t('outbox:state.sent'), { timeout: 15_000 });
      const exported = readFileSync(packagePath);
      const received = receiver.uploads.get(createHash('sha256').update(exported).digest('hex'));
      expect(received?.bytes.equals(exported)).toBe(true);
      await screenshot(page, lang, '73-reporting-package-sent');
    } finally {
      await receiver.close();
    }
  });
}
