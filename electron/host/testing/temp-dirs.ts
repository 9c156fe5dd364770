import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** Temporary folders removed after each test. */
export function useTempDirs(): (prefix: string) => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (prefix) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

export const FIXTURE_INDEX_HTML = '<!doctype html><html><head><script type="module" src="/assets/index-3f9a.js"></script></head><body><div id="root"></div></body></html>';
export const FIXTURE_SCRIPT = 'document.getElementById("root").textContent = "LDN Workbench";';
export const SECRET_TEXT = 'secret that must never be served';

/**
 * A small stand-in for the built renderer (`out/renderer`), so host tests do not need a full build,
 * with a file beside it that path traversal would reach.
 */
export function makeRendererFixture(parent: string): string {
  const rendererDir = join(parent, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), FIXTURE_INDEX_HTML);
  writeFileSync(join(rendererDir, 'assets', 'index-3f9a.js'), FIXTURE_SCRIPT);
  writeFileSync(join(rendererDir, 'assets', 'noto-sans.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(parent, 'secret.txt'), SECRET_TEXT);
  return rendererDir;
}
