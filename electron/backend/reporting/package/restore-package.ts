import { AppError } from '../../errors';
import type { OpenWorkspace } from '../../workspace/open-workspace';
import { SNAPSHOT_PATH, sha256 } from './build-package';
import type { CheckedPackage } from './read-package';
import { isEmptyWorkspace, restoreSnapshot } from './snapshot';

/**
 * Restores a checked package into the open workspace, which must be empty: merging a package into data
 * already there would have to decide, row by row, whose value wins, and that is sync's job, not an
 * import's. The rows come from app/workspace.json; the bytes of each imported Trends.Earth file come
 * from te/, found by their SHA-256, so the file passes through the next export unchanged.
 */
export function restorePackage(ws: OpenWorkspace, pkg: CheckedPackage): number {
  if (!isEmptyWorkspace(ws)) throw new AppError('conflict', 'errors:reporting.package.workspaceNotEmpty');
  const snapshotBytes = pkg.files.get(SNAPSHOT_PATH);
  if (!snapshotBytes) throw new AppError('validation', 'errors:reporting.package.fileMissing', { file: SNAPSHOT_PATH });
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(snapshotBytes).toString('utf8'));
  } catch {
    throw new AppError('validation', 'errors:reporting.package.snapshotInvalid', { file: SNAPSHOT_PATH });
  }
  const count = restoreSnapshot(ws, json);
  restoreTrendsEarthBytes(ws, pkg);
  return count;
}

function restoreTrendsEarthBytes(ws: OpenWorkspace, pkg: CheckedPackage): void {
  const imports = ws.db.prepare('SELECT id, sha256, file_name AS fileName FROM trends_earth_import WHERE deleted_at IS NULL ORDER BY id').all() as {
    id: string;
    sha256: string;
    fileName: string;
  }[];
  if (imports.length === 0) return;
  const bySha = new Map<string, Uint8Array>();
  for (const [path, bytes] of pkg.files) if (path.startsWith('te/')) bySha.set(sha256(bytes), bytes);
  const insert = ws.db.prepare('INSERT INTO trends_earth_import_bytes (import_id, bytes) VALUES (?, ?)');
  for (const row of imports) {
    const bytes = bySha.get(row.sha256);
    if (!bytes) throw new AppError('validation', 'errors:reporting.package.fileMissing', { file: `te/${row.fileName}` });
    insert.run(row.id, Buffer.from(bytes));
  }
}
