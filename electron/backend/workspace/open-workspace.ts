import { HybridLogicalClock } from '../db/hlc';
import type { Migration } from '../db/migrations';
import { Mutator, type Author } from '../db/mutate';
import { createWorkspaceFile, openWorkspaceFile, type Db } from '../db/workspace-file';

/** An open workspace file with the clock and the mutate path its writes go through. */
export class OpenWorkspace {
  readonly mutator: Mutator;

  private constructor(
    readonly path: string,
    readonly db: Db,
    readonly author: Author,
  ) {
    const last = db.prepare('SELECT max(hlc) AS hlc FROM change_log').get() as { hlc: string | null };
    this.mutator = new Mutator(db, new HybridLogicalClock(author.deviceId, last.hlc), author);
  }

  static open(path: string, migrations: Migration[], author: Author, backupsDir: string): OpenWorkspace {
    return new OpenWorkspace(path, openWorkspaceFile(path, migrations, backupsDir), author);
  }

  static create(path: string, migrations: Migration[], author: Author): OpenWorkspace {
    return new OpenWorkspace(path, createWorkspaceFile(path, migrations), author);
  }

  /** Runs `work` in one transaction: all of it is written, or none of it. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  close(): void {
    // A clean close checkpoints the WAL into the main file, so the file can be copied or handed over alone.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }
}
