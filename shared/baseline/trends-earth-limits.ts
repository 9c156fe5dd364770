/**
 * Limits on the Trends.Earth files the app reads (ARCHITECTURE §4: imported files are parsed defensively).
 * A real summary JSON is well under a megabyte and a national package carries a few rasters, so these leave
 * room for large countries while stopping a file that would exhaust memory. The UI states them.
 */
const MB = 1024 * 1024;

/** A summary JSON, or one member of a package. */
export const TE_MAX_JSON_BYTES = 64 * MB;
/** A `.tar.gz` package as uploaded (compressed). */
export const TE_MAX_PACKAGE_BYTES = 512 * MB;
/**
 * Everything a package unpacks to: a decompression bomb stops here, before it fills memory. Rasters are
 * already compressed, so a real package unpacks to little more than its own size.
 */
export const TE_MAX_UNPACKED_BYTES = 512 * MB;
/** Members of a package: Trends.Earth writes a few dozen (summary, band key, rasters per period). */
export const TE_MAX_PACKAGE_MEMBERS = 1000;

/** A limit in whole megabytes, as the messages show it. */
export const megabytes = (bytes: number): number => Math.round(bytes / MB);
