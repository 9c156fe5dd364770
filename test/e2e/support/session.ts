import { expect, type Page } from '@playwright/test';
import { E2E_TOKEN } from '../../../playwright.config';
import { translator, type Lang, type T } from './locale';

export const SCREENSHOTS = 'test-results/screenshots';
const ALL_LANGS: Lang[] = ['en', 'fr', 'es', 'ar', 'ru', 'zh'];
const LANGUAGE_LABEL = new RegExp(`^(${ALL_LANGS.map((lang) => translator(lang)('common:language')).join('|')})$`);

/** Calls a command the way a script would (token header), for set-up and for checks behind the UI. */
export async function command(page: Page, name: string, input: unknown = {}): Promise<unknown> {
  const response = await page.request.post(`/api/command/${name}`, { data: input, headers: { 'x-ldn-token': E2E_TOKEN } });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/**
 * Opens the app as a user does (the printed link with its token), with no workspace open, in `lang`.
 * Every request the page makes must stay on this machine: the app works offline, anything else is a bug.
 */
export async function openApp(page: Page, lang: Lang): Promise<T> {
  const external: string[] = [];
  page.on('request', (request) => {
    if (!/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:)/.test(request.url())) external.push(request.url());
  });
  page.on('close', () => expect(external, 'requests that left the machine').toEqual([]));

  await command(page, 'workspace.close');
  await page.goto(`/?token=${E2E_TOKEN}`);
  await page.getByRole('combobox', { name: LANGUAGE_LABEL }).selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
  return translator(lang);
}

export async function screenshot(page: Page, lang: Lang, name: string): Promise<void> {
  // The shell scrolls inside its main area, so a full-page shot would stop at the window's height:
  // grow the window to the content for the shot, then put it back.
  const viewport = page.viewportSize() ?? { width: 1366, height: 768 };
  const overflow = await page.evaluate(() => {
    const main = document.querySelector('main');
    return main ? main.scrollHeight - main.clientHeight : 0;
  });
  if (overflow > 0) await page.setViewportSize({ width: viewport.width, height: Math.min(viewport.height + overflow, 8000) });
  await page.screenshot({ path: `${SCREENSHOTS}/${lang}-${name}.png`, fullPage: true });
  if (overflow > 0) await page.setViewportSize(viewport);
}
