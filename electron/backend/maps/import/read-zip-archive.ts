import { isKmzDocument, readKmz } from './read-kmz';
import { isShapefileLayer, isShapefileMember, readShapefile } from './read-shapefile';
import type { RawSpatialFile } from './spatial-file';
import { unzipMembers } from './zip-members';

/**
 * A zip archive holds a Shapefile or is a KMZ, told apart by its members: any `.shp` makes it a Shapefile,
 * else a KML document at its root makes it a KMZ. With neither, the name says which one the user meant, so
 * the refusal names what is missing: a KML document in a `.kmz`, the `.shp` in any other zip.
 */
export function readZipArchive(bytes: Uint8Array, fileName: string): RawSpatialFile {
  const members = unzipMembers(bytes, fileName, (name) => isShapefileMember(name) || isKmzDocument(name));
  const names = [...members.keys()];
  const isKmz = !names.some(isShapefileLayer) && (names.some(isKmzDocument) || /\.kmz$/i.test(fileName));
  return isKmz ? readKmz(members, fileName) : readShapefile(members, fileName);
}
