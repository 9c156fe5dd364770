import type { OpenWorkspace } from '../../workspace/open-workspace';

export interface ImportedTeFile {
  importId: string;
  sha256: string;
  /** The file's name inside te/: its own name, made unique with the start of its hash when two share one. */
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** The Trends.Earth files the workspace imported, with their original bytes (trends_earth_import_bytes), in id order. */
export function importedTrendsEarthFiles(ws: OpenWorkspace): ImportedTeFile[] {
  const rows = ws.db
    .prepare(
      `SELECT i.id AS importId, i.file_name AS fileName, i.sha256 AS sha256, b.bytes AS bytes
         FROM trends_earth_import i JOIN trends_earth_import_bytes b ON b.import_id = i.id
        WHERE i.deleted_at IS NULL ORDER BY i.id`,
    )
    .all() as { importId: string; fileName: string; sha256: string; bytes: Buffer }[];
  const safe = (name: string) => name.replace(/[/\\:]/g, '_').replace(/^\.+/, '_') || 'summary.json';
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(safe(r.fileName), (counts.get(safe(r.fileName)) ?? 0) + 1);
  return rows.map((r) => {
    const base = safe(r.fileName);
    return {
      importId: r.importId,
      sha256: r.sha256,
      name: counts.get(base)! > 1 ? `${r.sha256.slice(0, 12)}_${base}` : base,
      mediaType: base.endsWith('.json') ? 'application/json' : 'application/octet-stream',
      bytes: r.bytes,
    };
  });
}
