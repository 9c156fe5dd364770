import { join, sep } from 'node:path';

export type StaticTarget =
  /** `appShell`: the route belongs to the single-page app, so a missing file means "serve index.html". */
  | { kind: 'file'; path: string; appShell: boolean }
  | { kind: 'refused' };

/**
 * Maps the raw path of a request (as sent, before any normalisation) to a file under `root`.
 * Anything that could step outside `root` is refused rather than normalised: `..` and `.` segments,
 * also percent-encoded, malformed escapes, NUL, backslashes and drive or stream separators (`:`).
 */
export function resolveStaticPath(root: string, rawPath: string): StaticTarget {
  if (!rawPath.startsWith('/')) return { kind: 'refused' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'refused' };
  }
  if (/[\0\\:]/.test(decoded)) return { kind: 'refused' };
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return { kind: 'refused' };

  const last = segments.at(-1);
  if (last === undefined || decoded.endsWith('/')) return { kind: 'file', path: join(root, 'index.html'), appShell: true };
  const path = join(root, ...segments);
  // Belt and braces: whatever the checks above missed, the result must still lie inside root.
  if (!path.startsWith(root.endsWith(sep) ? root : root + sep)) return { kind: 'refused' };
  return { kind: 'file', path, appShell: !last.includes('.') };
}
