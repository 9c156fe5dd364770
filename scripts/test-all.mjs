// `npm test`: lint, typecheck, unit and component tests, build, end-to-end tests in Chromium.
// Runs every stage even after a failure, so one run shows everything that is wrong, and ends with one
// summary line "N passed, M failed" counted from the test runners' own JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = 'test-results';
mkdirSync(reports, { recursive: true });
const vitestReport = `${reports}/vitest.json`;
const playwrightReport = `${reports}/playwright.json`;
rmSync(vitestReport, { force: true });
rmSync(playwrightReport, { force: true });

const stages = [
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.node.json']],
  ['typecheck (renderer)', 'npx', ['tsc', '-p', 'tsconfig.renderer.json']],
  ['typecheck (e2e)', 'npx', ['tsc', '-p', 'tsconfig.e2e.json']],
  ['unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]],
  ['build', 'npx', ['electron-vite', 'build']],
  ['e2e', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport }],
  // Real Electron where its runtime is installed; elsewhere each test skips and says why.
  ['electron shell', 'npx', ['playwright', 'test', '-c', 'playwright.electron.config.ts']],
];

const failedStages = [];
for (const [name, command, args, env] of stages) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (run.status !== 0) failedStages.push(name);
}

const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
const unit = readJson(vitestReport);
const e2e = readJson(playwrightReport);
const counts = {
  unit: unit ? { passed: unit.numPassedTests, failed: unit.numFailedTests, skipped: unit.numPendingTests + unit.numTodoTests } : null,
  e2e: e2e ? { passed: e2e.stats.expected + e2e.stats.flaky, failed: e2e.stats.unexpected, skipped: e2e.stats.skipped } : null,
};

console.log('\n=== summary ===');
for (const [name, c] of Object.entries(counts)) {
  console.log(c ? `${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped` : `${name}: no report (stage did not run to the end)`);
}
if (failedStages.length) console.log(`failed stages: ${failedStages.join(', ')}`);
const passed = (counts.unit?.passed ?? 0) + (counts.e2e?.passed ?? 0);
const failed = (counts.unit?.failed ?? 0) + (counts.e2e?.failed ?? 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStages.length ? 1 : 0);
