import { gzipSync } from 'node:zlib';
import { pack, type Header } from 'tar-stream';

/** Packs members with tar-stream (as any tar writer would) and gzips them: a package for the tests. */
export async function tarGz(members: (Partial<Header> & { name: string; bytes?: Buffer })[]): Promise<Buffer> {
  const archive = pack();
  const chunks: Buffer[] = [];
  archive.on('data', (chunk) => chunks.push(chunk as Buffer));
  const finished = new Promise<void>((resolve, reject) => {
    archive.on('end', resolve);
    archive.on('error', reject);
  });
  for (const { bytes, ...header } of members) archive.entry(header, bytes ?? Buffer.alloc(0));
  archive.finalize();
  await finished;
  return gzipSync(Buffer.concat(chunks));
}
