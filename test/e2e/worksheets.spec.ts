import { expect, test } from '@playwright/test';
import { WelcomePage } from './pages/WelcomePage';
import { WorksheetsPage } from './pages/WorksheetsPage';
import { WorkspaceShell } from './pages/WorkspaceShell';
import type { Lang } from './support/locale';
import { command, openApp, screenshot } from './support/session';

/**
 * A workshop builds the worksheets of two land types in guided mode: one ends in balance, the other not.
 * A second scenario adds a reverse measure that fixes it, and the two scenarios are compared.
 */
for (const lang of ['en', 'ar'] as Lang[]) {
  test(`guided worksheets, like-for-like balance and scenario comparison (${lang})`, async ({ page }) => {
    const t = await openApp(page, lang);
    await new WelcomePage(page, t).createWorkspace({ name: `Worksheets ${lang}`, countrySearch: 'KEN', countryIso3: 'KEN', landAreaKm2: '569140' });
    // Reverse measures restore degraded land, so each land type records its degraded area (issue 5).
    await command(page, 'landtypes.save', { code: 'CL-1', name: lang === 'ar' ? 'أراضٍ زراعية على تربة طينية' : 'Cropland on clay soils', areaKm2: 500, degradedAreaKm2: 120 });
    await command(page, 'landtypes.save', { code: 'FL-1', name: lang === 'ar' ? 'غابات جبلية' : 'Montane forest', areaKm2: 300, degradedAreaKm2: 90 });

    const shell = new WorkspaceShell(page, t);
    await shell.goToSection('worksheets');
    const worksheets = new WorksheetsPage(page, t);
    await worksheets.useGuidedMode();

    // CL-1: 120 km² anticipated loss; 40 avoided, 80 restored → remaining 80, net 0: in balance.
    const step = worksheets.guidedStep;
    await worksheets.addLoss(step, { areaKm2: '120', driver: 'urban_expansion', expectedYear: '2026' });
    await worksheets.next();
    await worksheets.addMeasure(step, 'avoid', { description: 'Zoning of peri-urban farmland', areaKm2: '40', startYear: '2025', endYear: '2026' });
    await worksheets.next();
    await worksheets.next(); // nothing to reduce
    await worksheets.addMeasure(step, 'reverse', { description: 'Terraces on degraded slopes', areaKm2: '80', startYear: '2025', endYear: '2026' });
    await worksheets.next();
    await expect(step).toContainText(t('worksheets:guided.prompt.result'));
    await worksheets.expectStatus('CL-1', true);
    await screenshot(page, lang, '30-guided-result');
    await worksheets.next();

    // FL-1: 60 km² of deforestation and no response: not in balance, and CL-1's balance cannot help it.
    await worksheets.addLoss(step, { areaKm2: '60', driver: 'deforestation', expectedYear: '2027' });
    await worksheets.expectStatus('FL-1', false);
    await worksheets.expectStatus('CL-1', true);
    await worksheets.expectNational(1, 2);
    await expect(worksheets.balancePanel).toContainText(t('worksheets:balance.lossesWithoutResponse', { code: 'FL-1' }));
    await screenshot(page, lang, '31-guided-not-in-balance');

    // A second scenario restores 60 km² of forest: FL-1 comes into balance there, and only there.
    await worksheets.useOnePage();
    const restoration = lang === 'ar' ? 'استعادة الغابات' : 'Forest restoration';
    await worksheets.duplicateScenario(restoration);
    await worksheets.addMeasure(worksheets.landType('FL-1'), 'reverse', { description: 'Assisted natural regeneration', areaKm2: '60', startYear: '2026', endYear: '2028' });
    await worksheets.expectStatus('FL-1', true);
    await worksheets.expectNational(2, 2);
    await screenshot(page, lang, '32-worksheets-fixed');

    const national = await worksheets.compare([t('worksheets:scenario.businessAsUsual'), restoration]);
    await expect(national.getByRole('row', { name: new RegExp(t('worksheets:scenario.businessAsUsual')) })).toContainText(
      t('worksheets:compare.nationalValue', { inBalance: 1, count: 2 }),
    );
    await expect(national.getByRole('row', { name: new RegExp(restoration) })).toContainText(t('worksheets:compare.nationalValue', { inBalance: 2, count: 2 }));
    await national.scrollIntoViewIfNeeded();
    await screenshot(page, lang, '33-compare');
  });
}
