import { expect, test } from '@playwright/test';
import { WelcomePage } from './pages/WelcomePage';
import { WorkspaceShell } from './pages/WorkspaceShell';
import type { Lang } from './support/locale';
import { openApp, screenshot } from './support/session';

const LANGS: Lang[] = ['en', 'fr', 'es', 'ar', 'ru', 'zh'];

test('every section is named in each of the six languages, and the choice is kept after a reload', async ({ page }) => {
  let t = await openApp(page, 'en');
  await new WelcomePage(page, t).createWorkspace({ name: 'Languages check', countrySearch: 'Peru', countryIso3: 'PER', landAreaKm2: '1280000' });
  for (const lang of LANGS) {
    t = await openAppKeepingWorkspace(page, lang);
    const shell = new WorkspaceShell(page, t);
    for (const section of ['workspace', 'baseline', 'consultations', 'plans', 'worksheets', 'targets', 'reporting']) {
      await expect(shell.nav).toContainText(t(`nav:section.${section}`));
    }
    await shell.goToSection('reporting');
    await expect(shell.main.getByRole('heading', { level: 1, name: t('reporting:title') })).toBeVisible();
    await screenshot(page, lang, '20-reporting-section');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  }
});

test('Arabic mirrors the layout: the navigation sits on the right of the content', async ({ page }) => {
  const t = await openApp(page, 'ar');
  await new WelcomePage(page, t).createWorkspace({ name: 'RTL check', countrySearch: 'الأردن', countryIso3: 'JOR', landAreaKm2: '88794' });
  const shell = new WorkspaceShell(page, t);
  const nav = (await shell.nav.boundingBox())!;
  const main = (await shell.main.boundingBox())!;
  expect(nav.x).toBeGreaterThan(main.x + main.width - 1);
});

async function openAppKeepingWorkspace(page: import('@playwright/test').Page, lang: Lang) {
  const { translator } = await import('./support/locale');
  const current = translator((await page.locator('html').getAttribute('lang')) as Lang);
  await page.getByRole('combobox', { name: current('common:language') }).selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  return translator(lang);
}
