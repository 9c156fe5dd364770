import { unreadableFile } from './file-errors';
import { readXml } from './read-xml';
import type { RawSpatialFile } from './spatial-file';

/** A KML document at the archive's root: where Google Earth puts it (images and icons sit in folders). */
export const isKmzDocument = (name: string): boolean => !/[/\\]/.test(name) && name.toLowerCase().endsWith('.kml');

/**
 * A KMZ (Google Earth's zipped KML): its `doc.kml`, or else the first KML document at its root, as Google
 * Earth reads it. Its images are never inflated. A damaged document is refused naming the member.
 */
export function readKmz(members: Map<string, Uint8Array>, fileName: string): RawSpatialFile {
  const documents = [...members.keys()].filter(isKmzDocument);
  const documentName = documents.find((name) => name.toLowerCase() === 'doc.kml') ?? documents[0];
  if (documentName === undefined) throw unreadableFile('errors:maps.import.missingKml', { fileName });
  // TextDecoder drops a byte-order mark; KML is UTF-8 by definition.
  const text = new TextDecoder().decode(members.get(documentName));
  const read = readXml(text, 'kml', () => unreadableFile('errors:maps.import.corruptMember', { fileName, member: documentName }));
  return { ...read, format: 'kmz' };
}
