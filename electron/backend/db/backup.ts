import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Db } from './workspace-file';

const BACKUPS_KEPT_PER_WORKSPACE = 10;

/**
 * Writes a consistent copy of the workspace before a risky step (a migration, later an import) and keeps
 * the newest few per workspace. `VACUUM INTO` is SQLite's own consistent-copy statement; unlike
 * better-sqlite3's asynchronous backup() it completes inside the synchronous command that needs it.
 */
export function backupWorkspace(db: Db, workspacePath: string, backupsDir: string, reason: string): string {
  mkdirSync(backupsDir, { recursive: true });
  const stem = basename(workspacePath, extname(workspacePath));
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = join(backupsDir, `${stem}.${stamp}.${reason}.ldnw`);
  db.prepare('VACUUM INTO ?').run(target);
  pruneOldBackups(backupsDir, stem);
  return target;
}

function pruneOldBackups(backupsDir: string, stem: string): void {
  const ours = readdirSync(backupsDir)
    .filter((file) => file.startsWith(`${stem}.`) && file.endsWith('.ldnw'))
    .sort();
  for (const old of ours.slice(0, Math.max(0, ours.length - BACKUPS_KEPT_PER_WORKSPACE))) {
    rmSync(join(backupsDir, old), { force: true });
  }
}
