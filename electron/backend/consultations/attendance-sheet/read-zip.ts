import { readZipEntries } from '../../files/read-zip';

export { isZip, ZipError } from '../../files/read-zip';

/** The largest part of a workbook we inflate; an attendance sheet of 5,000 rows is a few megabytes of XML. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

/** The inflated bytes of the named parts of an XLSX workbook that it has; the others are neither inflated nor listed. */
export function readZipParts(bytes: Uint8Array, names: readonly string[]): Map<string, Uint8Array> {
  return readZipEntries(bytes, { wanted: (name) => names.includes(name), maxEntryBytes: MAX_ENTRY_BYTES, maxTotalBytes: Infinity });
}
