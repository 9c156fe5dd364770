import { expect, test } from '@playwright/test';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WelcomePage } from './pages/WelcomePage';
import type { Lang } from './support/locale';
import { openApp, screenshot } from './support/session';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

for (const lang of ['en', 'ar'] as Lang[]) {
  test(`a file that is not a workspace is refused with a clear message and left unchanged (${lang})`, async ({ page }) => {
    const t = await openApp(page, lang);
    const path = join(mkdtempSync(join(tmpdir(), 'ldn-e2e-bad-')), 'not-a-workspace.ldnw');
    writeFileSync(path, randomBytes(4096));
    const before = sha256(path);

    await new WelcomePage(page, t).openByPath(path);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(t('errors:notAWorkspace'));
    await screenshot(page, lang, '10-not-a-workspace');
    expect(sha256(path)).toBe(before);
  });
}

test('the app refuses a browser that did not come through the printed link', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto('/');
  expect(response?.status()).toBe(401);
  await expect(page.locator('body')).toContainText(readFileSync(join(__dirname, '../../locales/en/host.json'), 'utf8').match(/"title":\s*"([^"]+)"/)![1]!);
  const api = await page.request.post('/api/command/workspace.get', { data: {} });
  expect(api.status()).toBe(401);
  await context.close();
});
