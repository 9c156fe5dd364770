import { z } from 'zod';

/**
 * A file the user hands to an import: a path (desktop, read by the backend) or the bytes of an uploaded
 * file (browser). The backend checks the size against the importer's own limit, with a message that states it.
 */
export const importedFileInput = z.union([
  z.object({ path: z.string().min(1) }),
  z.object({ fileName: z.string().trim().min(1).max(255), bytesBase64: z.string().min(1) }),
]);
export type ImportedFileInput = z.input<typeof importedFileInput>;
