import { readBaseline } from '../../baseline/repository';
import { rollupHandlers } from '../../consultations/rollup-handlers';
import type { Session } from '../../session';
import { licenceMetadata, readLicence } from '../licence';

/**
 * The metadata/ files: the Annex II data sources with the licence of each and the origin of every table
 * (default, imported or national), the package licence, and the consultations' involvement summary.
 * Counts only: no name, contact or note of any participant leaves the workspace (ARCHITECTURE §4).
 * Timestamps of rows are left out, so the files describe the data, not when it was typed.
 */
export function metadataFiles(session: Session): { dataSources: object; licence: object; consultations: object } {
  const ws = session.workspace();
  const baseline = readBaseline(ws);
  const sources = baseline.sources
    .map(({ updatedAt: _updatedAt, ...source }) => source)
    .sort((a, b) => a.id.localeCompare(b.id));
  const tables = baseline.provenance
    .map(({ updatedAt: _updatedAt, ...p }) => p)
    .sort((a, b) => a.tableId.localeCompare(b.tableId) || (a.periodKey ?? '').localeCompare(b.periodKey ?? ''));
  const { participants, involvement } = rollupHandlers['consultations.rollup']({}, session);
  return {
    dataSources: { sources, tables },
    licence: { ...licenceMetadata(readLicence(ws)), sourceLicences: [...new Set(sources.map((s) => s.licence ?? 'unspecified'))].sort() },
    consultations: { participants, involvement },
  };
}
