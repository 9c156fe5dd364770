/**
 * The folder part of a workspace path, on Windows or POSIX (the renderer has no node:path). The package
 * goes next to the workspace file, where the working group already keeps its data.
 */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return '.';
  // "/kenya.ldnw" and "C:\kenya.ldnw" live in the root, which keeps its separator.
  return cut === 0 || path[cut - 1] === ':' ? path.slice(0, cut + 1) : path.slice(0, cut);
}
