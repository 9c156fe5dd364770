import { describe, expect, it } from 'vitest';
import { LDN_PAGE_URL, isAllowedExternalUrl } from './external-urls';

describe('isAllowedExternalUrl', () => {
  it('opens the UNCCD LDN page of the Help menu', () => {
    expect(isAllowedExternalUrl(LDN_PAGE_URL)).toBe(true);
  });

  it.each([
    'https://unccd.int/',
    'https://www.unccd.int/land-and-life/land-degradation-neutrality/overview',
    'https://prais.unccd.int/',
    'https://trends.earth/docs/en/',
    'https://docs.trends.earth/en/latest/',
    'https://wocat.net/en/',
    'https://qcat.wocat.net/en/wocat/technologies/view/technologies_1722/',
    'https://WWW.UNCCD.INT/',
    'https://unccd.int:443/',
  ])('opens %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://www.unccd.int/'],
    ['a host not on the list', 'https://example.org/'],
    ['a subdomain not on the list', 'https://evil.unccd.int/'],
    ['a look-alike suffix', 'https://unccd.int.evil.example/'],
    ['a look-alike prefix', 'https://notunccd.int/'],
    ['the host only in the path', 'https://evil.example/unccd.int'],
    ['the host only in the query', 'https://evil.example/?next=https://unccd.int'],
    ['the host only in the fragment', 'https://evil.example/#unccd.int'],
    ['credentials that make unccd.int a user name', 'https://unccd.int@evil.example/'],
    ['credentials on an allowed host', 'https://user:pass@unccd.int/'],
    ['a user name on an allowed host', 'https://admin@www.unccd.int/'],
    ['a backslash trick', 'https://evil.example\\@unccd.int/'],
    ['a non-default port', 'https://unccd.int:8443/'],
    ['a trailing-dot host', 'https://unccd.int./'],
    ['javascript:', 'javascript:alert(1)//https://unccd.int'],
    ['file:', 'file:///C:/Windows/System32/calc.exe'],
    ['a protocol handler', 'ms-settings:privacy'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['our own app origin', 'app://ldn/index.html'],
    ['a relative URL', '/land-and-life'],
    ['an empty string', ''],
  ])('refuses %s', (_case, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
