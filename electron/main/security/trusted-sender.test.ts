import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './trusted-sender';

describe('isTrustedSender', () => {
  it('trusts frames served from app://ldn', () => {
    expect(isTrustedSender('app://ldn/index.html')).toBe(true);
    expect(isTrustedSender('app://ldn/targets/7#map')).toBe(true);
  });

  it.each([
    ['a destroyed frame (no URL)', undefined],
    ['a frame the main process could not resolve', null],
    ['an empty URL (a fresh about:blank child frame)', ''],
    ['about:blank', 'about:blank'],
    ['a remote page', 'https://www.unccd.int/'],
    ['a local file', 'file:///tmp/evil.html'],
    ['a data: URL frame', 'data:text/html,<script>ldn["workspace.close"]({})</script>'],
    ['another app:// host', 'app://evil/index.html'],
    ['a look-alike host', 'app://ldn.evil.example/'],
    ['credentials before the host', 'app://ldn@evil/'],
  ])('refuses %s', (_case, url) => {
    expect(isTrustedSender(url)).toBe(false);
  });
});
