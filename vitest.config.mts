import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Component tests that replace a module with `vi.mock` (the Leaflet map, which jsdom cannot draw) need a
 * module graph of their own, so they run isolated, apart from the shared one.
 */
const MOCKING_MODULES = ['renderer/features/maps/**/*.test.tsx'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'test/unit/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}'],
          exclude: MOCKING_MODULES,
          setupFiles: ['renderer/test-setup.ts'],
          // Screens typed into with user-event take a few seconds on a loaded two-core machine (CI's size);
          // a stuck test still fails, just not a slow one.
          testTimeout: 20_000,
          // One jsdom and one module graph per worker rather than per file: importing the app and building a
          // DOM for each of ~90 files took most of the suite's time. Each render makes its own backend, i18n
          // and router, and test-setup.ts resets the global stores after every test.
          isolate: false,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer (mocked modules)',
          environment: 'jsdom',
          include: MOCKING_MODULES,
          setupFiles: ['renderer/test-setup.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
