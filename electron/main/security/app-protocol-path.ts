import { extname, resolve, sep } from 'node:path';
import { APP_ORIGIN } from './app-origin';

const INDEX_FILE = 'index.html';

/**
 * Maps an `app://ldn/…` request to a file under `rendererRoot`, or null when it must be refused.
 *
 * The raw URL is checked, not a parsed one: URL parsing silently resolves `..` and `%2e%2e`, which
 * would hide an attempt instead of refusing it. Refused: other schemes and hosts, ports and
 * credentials, `.` and `..` segments (plain or percent-encoded), empty segments (`//etc`),
 * backslashes, NUL, drive letters and anything still percent-encoded after one decoding.
 * A path whose last segment has no extension is a client-side route and gets index.html.
 */
export function resolveAppProtocolPath(rendererRoot: string, requestUrl: string): string | null {
  if (!requestUrl.startsWith(`${APP_ORIGIN}/`)) return null;
  const rawPath = requestUrl.slice(APP_ORIGIN.length).replace(/[?#].*$/s, '');

  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (/[\0\\:%]/.test(path)) return null;

  const segments = path.slice(1).split('/');
  const isDirectory = segments.at(-1) === '';
  if (isDirectory) segments.pop();
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;

  const last = segments.at(-1);
  const relative = last === undefined || isDirectory || extname(last) === '' ? [INDEX_FILE] : segments;

  const root = resolve(rendererRoot);
  const file = resolve(root, ...relative);
  return file.startsWith(root + sep) ? file : null;
}
