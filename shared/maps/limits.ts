/**
 * Limits on the spatial files the app reads (ARCHITECTURE §4). A national zoning layer or a detailed
 * boundary set is tens of megabytes; the UI states these limits next to the file field.
 */
const MB = 1024 * 1024;

/** A GeoJSON, KML, KMZ, GPX, zipped Shapefile or GeoPackage file as given. */
export const MAX_SPATIAL_FILE_BYTES = 200 * MB;
/** What the members read from a zipped Shapefile or a KMZ may unpack to, all together. */
export const MAX_UNZIPPED_BYTES = 400 * MB;
