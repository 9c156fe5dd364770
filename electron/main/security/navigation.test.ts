import { describe, expect, it } from 'vitest';
import { isAllowedNavigation } from './navigation';

describe('isAllowedNavigation', () => {
  it.each(['app://ldn/index.html', 'app://ldn/', 'app://ldn/targets/42?tab=map#top'])('stays on %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(true);
  });

  it.each([
    ['a web page', 'https://www.unccd.int/'],
    ['an allow-listed external site (those open in the browser, never in the window)', 'https://trends.earth/'],
    ['a dropped file', 'file:///home/user/kenya.ldnw'],
    ['another app:// host', 'app://evil/index.html'],
    ['a look-alike host', 'app://ldn.evil.example/'],
    ['credentials before the host', 'app://ldn@evil/'],
    ['a port', 'app://ldn:1/'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,hello'],
    ['about:blank', 'about:blank'],
    ['chrome://', 'chrome://gpu'],
    ['devtools://', 'devtools://devtools/bundled/inspector.html'],
  ])('refuses %s', (_case, url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});
