import { expect, test } from '@playwright/test';
import { WelcomePage } from './pages/WelcomePage';
import { WorkspaceShell } from './pages/WorkspaceShell';
import { openApp } from './support/session';

test('a keyboard user can skip to the content and add a land type without the mouse', async ({ page }) => {
  const t = await openApp(page, 'en');
  await new WelcomePage(page, t).createWorkspace({ name: 'Keyboard check', countrySearch: 'Malawi', countryIso3: 'MWI', landAreaKm2: '94280' });
  await new WorkspaceShell(page, t).goToPage('landTypes');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: t('landtypes:title') })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: t('skipToContent') });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // Tab to the add button, open the dialog, fill it, save with Enter.
  const add = page.getByRole('button', { name: t('landtypes:add') }).first();
  for (let i = 0; i < 20 && !(await add.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.type('GRS-1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Grassland on the Shire highlands');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('table')).toContainText('Grassland on the Shire highlands');
});
