import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';

/**
 * A small package-shaped zip for outbox tests (the outbox only needs a zip file; what is inside is
 * reporting's business). Stored, not deflated, random content: about `size` bytes on disk, so a test
 * can cut the connection part-way through it.
 */
export function writeTestPackage(dir: string, name = 'KEN_LDN_2026_20261124T060000Z.zip', size = 256 * 1024): string {
  const path = join(dir, name);
  writeFileSync(path, zipSync({ 'manifest.json': new TextEncoder().encode('{"schemaVersion":"1.0.0"}'), 'data.bin': randomBytes(size) }, { level: 0 }));
  return path;
}
