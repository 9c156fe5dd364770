/** Sites the app links to (UNCCD, PRAIS, Trends.Earth, WOCAT). Exact host names: no subdomain wildcard. */
const EXTERNAL_HOSTS: ReadonlySet<string> = new Set([
  'unccd.int',
  'www.unccd.int',
  'prais.unccd.int',
  'trends.earth',
  'docs.trends.earth',
  'wocat.net',
  'qcat.wocat.net',
]);

/** Help → the UNCCD LDN page. */
export const LDN_PAGE_URL = 'https://www.unccd.int/land-and-life/land-degradation-neutrality/overview';

/**
 * Whether `shell.openExternal` may open this URL in the user's browser. Only https on the default
 * port, no credentials in the URL (`https://unccd.int@evil.example` is a login to evil.example),
 * host on the allow-list. Other schemes could start local programs (file:, smb:, ms-…: handlers).
 */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    EXTERNAL_HOSTS.has(parsed.hostname)
  );
}
