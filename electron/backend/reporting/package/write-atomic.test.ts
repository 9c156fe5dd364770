import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../errors';
import { writeFileAtomic } from './write-atomic';

/** A disk that fills up cannot be made on demand in a test; the last step (the rename) fails as ENOSPC would. */
const failRename = vi.hoisted(() => ({ on: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    renameSync: (from: string, to: string) => {
      if (failRename.on) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      fs.renameSync(from, to);
    },
  };
});

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ldn-atomic-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  failRename.on = false;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes the whole file under its name and nothing else', () => {
    const dir = tempDir();
    const path = writeFileAtomic(dir, 'KEN_LDN_2026.zip', Buffer.from('package'));
    expect(readFileSync(path, 'utf8')).toBe('package');
    expect(readdirSync(dir)).toEqual(['KEN_LDN_2026.zip']);
  });

  it('removes its temporary file when the disk fills up, so no partial package remains', () => {
    const dir = tempDir();
    failRename.on = true;
    let error: unknown;
    try {
      writeFileAtomic(dir, 'KEN_LDN_2026.zip', Buffer.alloc(1024, 1));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toMatchObject({ fields: [{ path: ['outDir'], messageKey: 'errors:reporting.package.diskFull' }] });
    expect(readdirSync(dir)).toEqual([]);
  });
});
