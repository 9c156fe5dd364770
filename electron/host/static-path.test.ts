import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from './static-path';

const root = join('/srv', 'renderer');

describe('resolveStaticPath', () => {
  it('maps asset paths to files under the root', () => {
    expect(resolveStaticPath(root, '/assets/index-abc123.js')).toEqual({
      kind: 'file',
      path: join(root, 'assets', 'index-abc123.js'),
      appShell: false,
    });
  });

  it('decodes percent-escapes in file names', () => {
    expect(resolveStaticPath(root, '/assets/noto%20sans.woff2')).toMatchObject({ path: join(root, 'assets', 'noto sans.woff2') });
  });

  it('serves the app shell for the root and for directory paths', () => {
    expect(resolveStaticPath(root, '/')).toEqual({ kind: 'file', path: join(root, 'index.html'), appShell: true });
    expect(resolveStaticPath(root, '/assets/')).toEqual({ kind: 'file', path: join(root, 'index.html'), appShell: true });
  });

  it('marks extension-less routes as app routes', () => {
    expect(resolveStaticPath(root, '/workspace/landtypes')).toMatchObject({ kind: 'file', appShell: true });
  });

  it.each([
    ['parent segment', '/../package.json'],
    ['nested parent segment', '/assets/../../etc/passwd'],
    ['encoded parent segment', '/%2e%2e/package.json'],
    ['mixed-case encoded dots', '/%2E%2e/%2e%2E/etc/passwd'],
    ['encoded slash and dots', '/assets%2f..%2f..%2fetc%2fpasswd'],
    ['current-directory segment', '/./index.html'],
    ['backslash', '/..\\..\\etc\\passwd'],
    ['encoded backslash', '/assets%5c..%5c..%5cpackage.json'],
    ['NUL byte', '/index.html%00.png'],
    ['malformed escape', '/assets/%E0%A4%A'],
    ['drive letter', '/C:/Windows/win.ini'],
    ['relative path', 'index.html'],
  ])('refuses a %s', (_, rawPath) => {
    expect(resolveStaticPath(root, rawPath)).toEqual({ kind: 'refused' });
  });
});
