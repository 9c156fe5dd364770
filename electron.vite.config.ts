import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * Output (package.json has no "type": "module", so main and preload are CommonJS):
 *   out/main/index.js             Electron main process
 *   out/main/backend-process.js   backend utility process (SQLite)
 *   out/main/<chunk>-<hash>.js    code both share, kept beside them (see chunkFileNames)
 *   out/main/migrations/*.sql     read at run time by electron/backend/db/migrations.ts
 *   out/preload/index.js          sandboxed preload, self-contained
 *   out/renderer/index.html       React app, relative asset URLs, served on app://ldn
 */
const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const MIGRATIONS_SOURCE = fromRoot('./electron/backend/db/migrations/');

/**
 * The backend finds its SQL migrations with `new URL('./migrations/', import.meta.url)`. In the bundle
 * that module lives in out/main/*.js (the CJS output turns import.meta.url into the file URL of the
 * chunk), so the files must be in out/main/migrations/, byte for byte: their checksums are recorded
 * in every workspace.
 */
function copyMigrations(): Plugin {
  return {
    name: 'ldn:copy-migrations',
    apply: 'build',
    generateBundle() {
      const files = readdirSync(MIGRATIONS_SOURCE).filter((file) => file.endsWith('.sql'));
      if (files.length === 0) this.error(`no SQL migrations found in ${MIGRATIONS_SOURCE}`);
      for (const file of files) {
        this.emitFile({ type: 'asset', fileName: `migrations/${file}`, source: readFileSync(MIGRATIONS_SOURCE + file) });
      }
    },
  };
}

/** A sandboxed preload can require nothing but `electron`; fail the build rather than the window. */
function assertSandboxedPreload(): Plugin {
  return {
    name: 'ldn:assert-sandboxed-preload',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      if (chunks.length !== 1) this.error(`the preload must be one file, got ${chunks.map((c) => c.fileName).join(', ')}`);
      const imports = chunks.flatMap((chunk) => chunk.imports).filter((name) => name !== 'electron');
      if (imports.length > 0) this.error(`the sandboxed preload may only require electron, not ${imports.join(', ')}`);
    },
  };
}

export default defineConfig({
  main: {
    plugins: [copyMigrations()],
    build: {
      // Dependencies stay in node_modules (better-sqlite3 is a native module and must); shared/ and electron/ are bundled.
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: fromRoot('./electron/main/index.ts'),
          'backend-process': fromRoot('./electron/main/backend-process.ts'),
        },
        // Shared chunks beside the entries, so `__dirname` and `import.meta.url` mean out/main/ in every file.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    plugins: [assertSandboxedPreload()],
    build: {
      // Bundle shared/ and zod in: the sandbox cannot load anything from node_modules.
      externalizeDeps: false,
      rolldownOptions: { input: { index: fromRoot('./electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: fromRoot('./renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: fromRoot('./out/renderer'),
      // The renderer is what a user waits for at start-up (first paint < 1.5 s on an old laptop).
      minify: true,
      rolldownOptions: { input: fromRoot('./renderer/index.html') },
    },
  },
});
