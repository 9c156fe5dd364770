import { MAX_UNZIPPED_BYTES } from '../../../../shared/maps/limits';
import { readZipEntries, UnsafeZipEntry } from '../../files/read-zip';
import { unreadableFile } from './file-errors';

/**
 * The wanted members of a zipped spatial file (a Shapefile's parts, a KMZ's KML document), inflated. A
 * hostile member name or an archive we cannot read is refused naming the file (and the member).
 */
export function unzipMembers(bytes: Uint8Array, fileName: string, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  try {
    return readZipEntries(bytes, {
      // macOS adds resource forks under __MACOSX/ that look like members but are not.
      wanted: (name) => !name.startsWith('__MACOSX/') && wanted(name),
      maxEntryBytes: MAX_UNZIPPED_BYTES,
      maxTotalBytes: MAX_UNZIPPED_BYTES,
    });
  } catch (error) {
    if (error instanceof UnsafeZipEntry) throw unreadableFile('errors:maps.import.unsafeZipEntry', { fileName, member: error.entryName });
    throw unreadableFile('errors:maps.import.corruptZip', { fileName });
  }
}
