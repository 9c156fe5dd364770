import { readWkb, WkbError } from './wkb';

/** Bytes of the envelope after the header, by the flags' envelope indicator (GeoPackage §2.1.3). */
const ENVELOPE_BYTES = [0, 32, 48, 48, 64];

/**
 * The GeoJSON geometry of a GeoPackage geometry blob: "GP", version, flags, srs_id, envelope, then WKB.
 * Null for a blob flagged empty or one that cannot be read, so the feature is listed as empty rather
 * than failing the whole file.
 */
export function geometryOfGpkgBlob(blob: Uint8Array): unknown {
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) return null;
  const flags = blob[3] as number;
  const isEmpty = (flags & 0b1_0000) !== 0;
  const envelopeBytes = ENVELOPE_BYTES[(flags >> 1) & 0b111];
  if (isEmpty || envelopeBytes === undefined) return null;
  try {
    return readWkb(blob.subarray(8 + envelopeBytes));
  } catch (error) {
    if (error instanceof WkbError) return null;
    throw error;
  }
}
