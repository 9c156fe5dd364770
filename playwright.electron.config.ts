import { defineConfig } from '@playwright/test';

/**
 * The desktop shell in real Electron. Kept apart from playwright.config.ts, whose web server the shell
 * does not need. Where the Electron runtime is not installed every test skips and says so.
 */
export default defineConfig({
  testDir: 'test/electron',
  outputDir: 'test-results/electron',
  reporter: 'list',
  workers: 1,
  timeout: 60_000,
});
