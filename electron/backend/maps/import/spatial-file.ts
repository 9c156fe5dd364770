import type { CrsInfo, SpatialFormat } from '../../../../shared/maps/schema';

/** One feature as a reader found it: GeoJSON in EPSG:4326 (already reprojected), not yet checked. */
export interface RawFeature {
  properties: Record<string, unknown>;
  /** A GeoJSON geometry object of any type, or null when the record has none. */
  geometry: unknown;
}

/** What a format reader returns. `crsIsForeign` marks a file whose coordinates are in a CRS we cannot read. */
export interface RawSpatialFile {
  format: SpatialFormat;
  crs: CrsInfo;
  features: RawFeature[];
  /** The file names a CRS we do not reproject (a legacy GeoJSON `crs` member): every feature is in the wrong CRS. */
  crsIsForeign?: boolean;
}
