import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = 4319;
export const E2E_TOKEN = 'e2e-session-token';
// Each run starts from an empty data folder: no settings, no recent workspaces.
const dataDir = process.env.LDN_E2E_DATA_DIR ?? (process.env.LDN_E2E_DATA_DIR = mkdtempSync(join(tmpdir(), 'ldn-e2e-')));

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1366, height: 768 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `npx tsx electron/host/main.ts --data-dir "${dataDir}" --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/health`,
    env: { LDN_HOST_TOKEN: E2E_TOKEN },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
