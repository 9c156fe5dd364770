/**
 * The renderer is served from one privileged origin, `app://ldn`, never from file:// (file:// pages
 * can read any local file and share one opaque origin with every other local page).
 */
export const APP_SCHEME = 'app';
const APP_HOST = 'ldn';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True for URLs on exactly `app://ldn/`. A prefix test on the full origin plus "/" also refuses
 * look-alikes that URL parsing could smooth over: `app://ldn.evil/`, `app://ldn@evil/`, `app://ldn:1/`.
 * Chromium always hands us the canonical form, which has the "/" after the host.
 */
export function isAppUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && url.startsWith(`${APP_ORIGIN}/`);
}
