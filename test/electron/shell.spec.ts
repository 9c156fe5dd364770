/**
 * The real Electron shell, driven by Playwright's `_electron`. Runs only where the Electron runtime is
 * installed (a release or developer machine with network at install time); elsewhere every test is
 * skipped with a message saying so. Needs a build first: `npm run build`.
 *
 * The binary is located through node_modules/electron/path.txt, never through `require('electron')`:
 * requiring the package starts a download of the runtime when it is missing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, expect, type Page, test } from '@playwright/test';
import { COMMAND_NAMES } from '../../shared/contract';

const ROOT = resolve(__dirname, '../..');

function installedElectronBinary(): string | undefined {
  const packageDir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const electronBinary = installedElectronBinary();
test.skip(!electronBinary, 'Electron runtime not installed on this machine — skipped');

test.describe.configure({ mode: 'serial' });

let electronApp: ElectronApplication;
let page: Page;
let userDataDir: string;

test.beforeAll(async () => {
  if (!existsSync(join(ROOT, 'out', 'main', 'index.js'))) throw new Error('No build found in out/: run `npm run build` first.');
  userDataDir = mkdtempSync(join(tmpdir(), 'ldn-electron-'));
  electronApp = await _electron.launch({ executablePath: electronBinary, args: [ROOT, `--user-data-dir=${userDataDir}`], cwd: ROOT });
  page = await electronApp.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await electronApp?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

test('opens one hardened window on app://ldn', async () => {
  expect(page.url()).toBe('app://ldn/index.html');
  const window = await electronApp.evaluate(({ BrowserWindow }) => {
    const [only, ...others] = BrowserWindow.getAllWindows();
    return { count: others.length + 1, title: only!.getTitle(), minimum: only!.getMinimumSize() };
  });
  expect(window.count).toBe(1);
  expect(window.minimum).toEqual([1024, 640]);
  expect(window.title).toContain('LDN Workbench');
});

test('gives the page no Node.js, one function per contract command and the menu subscription', async () => {
  expect(await page.evaluate('typeof require + " " + typeof process')).toBe('undefined undefined');
  expect(await page.evaluate('Object.keys(window.ldn).sort()')).toEqual([...COMMAND_NAMES].sort());
  expect(await page.evaluate('Object.keys(window.ldnShell)')).toEqual(['onMenuCommand']);
});

test('carries commands to the backend process and back', async () => {
  expect(await page.evaluate(`window.ldn['app.info']({})`)).toMatchObject({ ok: true, value: { mode: 'electron', nativeFileDialogs: true } });
  expect(await page.evaluate(`window.ldn['workspace.open']({})`)).toMatchObject({ ok: false, error: { code: 'validation' } });
});

test('sends the CSP with the page: inline script does not run', async () => {
  const ran = await page.evaluate(`(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return window.__inlineRan === true;
  })()`);
  expect(ran).toBe(false);
});

test('serves nothing outside the renderer folder', async () => {
  for (const url of ['app://ldn/%2e%2e/main/index.js', 'app://ldn/..%2fmain%2findex.js', 'app://ldn/assets/missing.js']) {
    expect(await page.evaluate(`fetch(${JSON.stringify(url)}).then((r) => r.status, () => 'refused')`), url).not.toBe(200);
  }
});

test('refuses navigation away, new windows and permissions', async () => {
  expect(await page.evaluate(`window.open('https://www.unccd.int/') === null`)).toBe(true);
  await page.evaluate(`location.href = 'https://example.org/'`);
  await page.waitForTimeout(500);
  expect(page.url().startsWith('app://ldn/')).toBe(true);
  expect(await page.evaluate(`navigator.permissions.query({ name: 'geolocation' }).then((p) => p.state)`)).toBe('denied');
  expect(electronApp.windows()).toHaveLength(1);
});
