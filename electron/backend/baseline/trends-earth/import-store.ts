import type { OpenWorkspace } from '../../workspace/open-workspace';
import type { EntityRecord } from '../../db/entities';
import { liveRows } from '../table-rows';
import type { SummaryFile } from './read-summaries';

/** The live import of a file with these bytes, if it was imported before. */
export function importWithSha256(ws: OpenWorkspace, sha256: string): EntityRecord<'trends_earth_import'> | undefined {
  return liveRows(ws, 'trends_earth_import', { field: 'sha256', values: [sha256] })[0];
}

/**
 * Records an imported file. Its metadata goes through the Mutator, so the change log says who imported
 * what and when; its bytes go straight into trends_earth_import_bytes, because the log holds JSON values
 * and a file of up to 64 MB per change would bloat the log (and, later, every sync) for no reader: the
 * logged sha256 identifies the bytes exactly.
 */
export function storeImport(ws: OpenWorkspace, file: SummaryFile, importedAt: string): EntityRecord<'trends_earth_import'> {
  const { summary } = file;
  const record = ws.mutator.insert('trends_earth_import', {
    fileName: file.fileName,
    sha256: file.sha256,
    sizeBytes: file.bytes.length,
    kind: summary.kind,
    layout: summary.layout,
    teVersion: summary.metadata.trendsEarthVersion,
    reportDate: summary.metadata.reportDate,
    aoiName: summary.metadata.areaOfInterestName,
    packageName: file.packageName,
    importedAt,
  });
  ws.db.prepare('INSERT INTO trends_earth_import_bytes (import_id, bytes) VALUES (?, ?)').run(record.id, file.bytes);
  return record;
}
