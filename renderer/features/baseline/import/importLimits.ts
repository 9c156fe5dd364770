import type { CommandOutput } from '../../../../shared/contract';
import { TE_MAX_JSON_BYTES, TE_MAX_PACKAGE_BYTES } from '../../../../shared/baseline/trends-earth-limits';

const MB = 1024 * 1024;

type HostMode = CommandOutput<'app.info'>['mode'];

/**
 * The web host refuses a command body above 25 MB (electron/host/refusals.ts, not importable here), and
 * base64 makes bytes a third larger: 18 MB of file is what fits through the browser.
 */
export const BROWSER_UPLOAD_LIMIT_BYTES = 18 * MB;

const isPackage = (fileName: string) => /\.(tgz|tar\.gz|gz)$/i.test(fileName);

/** The largest file this host can import: the backend's own limit, and in the browser also the upload limit. */
export function importLimitBytes(fileName: string, mode: HostMode): number {
  const backendLimit = isPackage(fileName) ? TE_MAX_PACKAGE_BYTES : TE_MAX_JSON_BYTES;
  return mode === 'web' ? Math.min(backendLimit, BROWSER_UPLOAD_LIMIT_BYTES) : backendLimit;
}

/** The limit said in the dialog before a file is chosen: the smallest one that applies on this host. */
export const statedLimitBytes = (mode: HostMode) => (mode === 'web' ? BROWSER_UPLOAD_LIMIT_BYTES : TE_MAX_JSON_BYTES);

/** Bytes as megabytes, for the `unit.megabytes` message. */
export const toMegabytes = (bytes: number) => bytes / MB;
