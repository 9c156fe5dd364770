import { expect, test } from '@playwright/test';
import { LandTypesPage } from './pages/LandTypesPage';
import { WelcomePage } from './pages/WelcomePage';
import { WorkspaceShell } from './pages/WorkspaceShell';
import type { Lang } from './support/locale';
import { command, openApp, screenshot } from './support/session';

/** The first vertical slice, as a working group would use it, once in English and once in Arabic. */
const CASES: { lang: Lang; workspace: string; areaName: string; forest: string }[] = [
  { lang: 'en', workspace: 'Makueni County LDN 2026', areaName: 'Makueni County', forest: 'Dry forest on sandy soils' },
  { lang: 'ar', workspace: 'الأردن — أهداف تحييد أثر تدهور الأراضي', areaName: 'محافظة عجلون', forest: 'غابات البلوط في عجلون' },
];

for (const { lang, workspace, areaName, forest } of CASES) {
  test(`create a workspace, record land types, undo a delete and read the history (${lang})`, async ({ page }) => {
    const t = await openApp(page, lang);
    await command(page, 'settings.saveProfile', { name: lang === 'ar' ? 'نور حداد' : 'Amina Njoroge', organisation: 'Ministry of Environment', role: 'focal_point' });
    await page.reload();
    const welcome = new WelcomePage(page, t);
    const shell = new WorkspaceShell(page, t);
    await expect(welcome.heading).toBeVisible();
    await screenshot(page, lang, '01-welcome');

    // A sub-national workspace needs its area's name: the form says so at the field, and creates nothing.
    await welcome.fillCreateForm({ name: workspace, countrySearch: lang === 'ar' ? 'الأردن' : 'Kenya', countryIso3: lang === 'ar' ? 'JOR' : 'KEN', level: 'subnational', landAreaKm2: '8008' });
    await welcome.submitCreate();
    const areaField = page.getByLabel(new RegExp(`^${t('workspace:field.areaName')}`));
    await expect(areaField).toHaveAttribute('aria-invalid', 'true');
    await expect(areaField).toHaveAccessibleDescription(new RegExp(t('errors:field.areaNameRequired')));
    await screenshot(page, lang, '02-create-error');
    await areaField.fill(areaName);
    await welcome.submitCreate();

    await expect(page.getByRole('heading', { level: 1, name: workspace })).toBeVisible();
    await expect(shell.main).toContainText(t('workspace:period.baseline'));
    await expect(shell.main).toContainText('2000–2015');
    await expect(shell.main).toContainText('2016–2023');
    await expect(shell.statusBar).toContainText(workspace);
    await screenshot(page, lang, '03-overview');

    // Land types: empty state first, then two land types, one refused for its area.
    await shell.goToPage('landTypes');
    const landTypes = new LandTypesPage(page, t);
    await expect(page.getByText(t('landtypes:empty.title'))).toBeVisible();
    await screenshot(page, lang, '04-landtypes-empty');
    await landTypes.add({ code: 'FOR-1', name: forest, definitionBasis: 'land cover × soil', areaKm2: '120' });
    await landTypes.startAdding();
    await landTypes.fill({ code: 'CRP-1', name: lang === 'ar' ? 'أراضٍ زراعية بعلية' : 'Rain-fed cropland', areaKm2: '9000' });
    await landTypes.save();
    await expect(landTypes.field('areaKm2')).toHaveAccessibleDescription(new RegExp(t('errors:landtypes.areaExceedsLand')));
    await screenshot(page, lang, '05-landtype-area-error');
    await landTypes.fill({ areaKm2: '3500' });
    await landTypes.save();
    await expect(landTypes.dialog).toBeHidden();
    await expect.poll(() => landTypes.codes()).toEqual(['CRP-1', 'FOR-1']);

    // The same code twice is refused on the code field; nothing is added.
    await landTypes.startAdding();
    await landTypes.fill({ code: 'FOR-1', name: 'Duplicate' });
    await landTypes.save();
    await expect(landTypes.field('code')).toHaveAccessibleDescription(new RegExp(t('errors:landtypes.codeTaken')));
    await page.keyboard.press('Escape');
    await expect(landTypes.dialog).toBeHidden();
    await expect.poll(() => landTypes.codes()).toEqual(['CRP-1', 'FOR-1']);

    await landTypes.edit('FOR-1', { areaKm2: '150' });
    await expect(landTypes.row('FOR-1')).toContainText('150');

    // Delete, then undo from the snackbar.
    await landTypes.delete('CRP-1');
    await expect.poll(() => landTypes.codes()).toEqual(['FOR-1']);
    await screenshot(page, lang, '06-landtype-deleted-undo');
    await landTypes.undo();
    await expect(landTypes.row('CRP-1')).toBeVisible();
    await screenshot(page, lang, '07-landtypes');

    // History of one land type: created then changed, signed by the member.
    await landTypes.openHistoryOf('FOR-1');
    const history = shell.main;
    await expect(history).toContainText(t('history:operation.update'));
    await expect(history).toContainText(t('history:operation.insert'));
    await expect(history).toContainText(lang === 'ar' ? 'نور حداد' : 'Amina Njoroge');
    await screenshot(page, lang, '08-history');

    // Close, then reopen from the recent list: everything is still there.
    await shell.goToPage('overview');
    await page.getByRole('button', { name: t('workspace:overview.close') }).click();
    await expect(welcome.heading).toBeVisible();
    await welcome.recent(workspace).getByRole('button').first().click();
    await expect(page.getByRole('heading', { level: 1, name: workspace })).toBeVisible();
    await shell.goToPage('landTypes');
    await expect.poll(() => landTypes.codes()).toEqual(['CRP-1', 'FOR-1']);
  });
}
