import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppProtocolPath } from './app-protocol-path';

const root = resolve('/opt/ldn/resources/app.asar/out/renderer');
const serve = (url: string) => resolveAppProtocolPath(root, url);

describe('resolveAppProtocolPath', () => {
  it('serves built assets from under the renderer folder', () => {
    expect(serve('app://ldn/assets/index-a1b2.js')).toBe(join(root, 'assets', 'index-a1b2.js'));
    expect(serve('app://ldn/index.html')).toBe(join(root, 'index.html'));
    expect(serve('app://ldn/assets/fonts/noto-sans-arabic.woff2')).toBe(join(root, 'assets', 'fonts', 'noto-sans-arabic.woff2'));
  });

  it('ignores the query string and the fragment', () => {
    expect(serve('app://ldn/assets/x.css?v=3#top')).toBe(join(root, 'assets', 'x.css'));
  });

  it('decodes percent-encoded names once', () => {
    expect(serve('app://ldn/assets/my%20file.svg')).toBe(join(root, 'assets', 'my file.svg'));
  });

  it('answers index.html for the root and for client-side routes without an extension', () => {
    const index = join(root, 'index.html');
    expect(serve('app://ldn/')).toBe(index);
    expect(serve('app://ldn/targets/0190a6e2-7c41')).toBe(index);
    expect(serve('app://ldn/workspace/')).toBe(index);
    expect(serve('app://ldn/?lang=ar')).toBe(index);
  });

  it('does not answer index.html for a missing file that has an extension', () => {
    // The protocol handler then answers 404, so a broken asset link is visible instead of parsing HTML as JS.
    expect(serve('app://ldn/assets/missing.js')).toBe(join(root, 'assets', 'missing.js'));
  });

  it.each([
    ['parent segment', 'app://ldn/../secret.txt'],
    ['parent segment inside the path', 'app://ldn/assets/../../main/index.js'],
    ['encoded parent segment', 'app://ldn/%2e%2e/%2e%2e/etc/passwd'],
    ['upper-case encoded parent segment', 'app://ldn/assets/%2E%2E/%2E%2E/x.js'],
    ['half-encoded parent segment', 'app://ldn/.%2e/x.js'],
    ['encoded slash and parent', 'app://ldn/assets%2f..%2f..%2fx.js'],
    ['double-encoded parent segment', 'app://ldn/%252e%252e/x.js'],
    ['current-directory segment', 'app://ldn/./index.html'],
    ['absolute path through an empty segment', 'app://ldn//etc/passwd'],
    ['encoded absolute path', 'app://ldn/%2Fetc%2Fpasswd'],
    ['windows drive letter', 'app://ldn/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://ldn/C%3A%5CWindows%5Cwin.ini'],
    ['backslash', 'app://ldn/assets\\..\\..\\x.js'],
    ['encoded backslash', 'app://ldn/assets%5C..%5Cx.js'],
    ['NUL byte', 'app://ldn/index.html%00.js'],
    ['raw NUL byte', 'app://ldn/index.html\0.js'],
    ['malformed escape', 'app://ldn/assets/%E0%A4%A.js'],
  ])('refuses a %s', (_case, url) => {
    expect(serve(url)).toBeNull();
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://ldn.evil.example/index.html'],
    ['credentials before the host', 'app://ldn@evil/index.html'],
    ['a port', 'app://ldn:8080/index.html'],
    ['file://', 'file:///etc/passwd'],
    ['https://', 'https://ldn/index.html'],
    ['the origin without a path', 'app://ldn'],
    ['an empty string', ''],
  ])('refuses %s', (_case, url) => {
    expect(serve(url)).toBeNull();
  });

  it('never returns a path outside the renderer folder', () => {
    const attempts = ['app://ldn/a/b/../../../x', 'app://ldn/%2e%2e%2f%2e%2e%2fx.js', 'app://ldn/assets/..%2f..%2fx.js'];
    for (const url of attempts) {
      const file = serve(url);
      expect(file === null || file.startsWith(root)).toBe(true);
    }
  });
});
