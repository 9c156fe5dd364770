import { AppError, appError } from '../errors';
import type { Handlers } from '../handler-types';
import { toDataSource } from './repository';
import { liveRows } from './table-rows';

/** Data sources (Annex II: title, identifier, author/publisher, citation) with their licence. */
export const sourceHandlers: Handlers<'baseline.saveSource' | 'baseline.deleteSource'> = {
  'baseline.saveSource': ({ id, ...fields }, session) => {
    const ws = session.workspace();
    const values = {
      title: fields.title,
      identifier: fields.identifier ?? null,
      authorPublisher: fields.authorPublisher ?? null,
      citation: fields.citation ?? null,
      licence: fields.licence ?? null,
      // Only a custom licence has a text of its own; a kept text would contradict the licence chosen.
      customLicenceText: fields.licence === 'custom' ? (fields.customLicenceText ?? null) : null,
    };
    if (!id) return toDataSource(ws.mutator.insert('data_source', values));
    if (ws.mutator.find('data_source', id)?.deletedAt !== null) throw appError('not_found', { entity: 'data_source', id });
    return toDataSource(ws.mutator.update('data_source', id, values));
  },

  /** A table that names the source would lose its provenance, so the source stays while one does. */
  'baseline.deleteSource': ({ id }, session) => {
    const ws = session.workspace();
    if (ws.mutator.find('data_source', id)?.deletedAt !== null) throw appError('not_found', { entity: 'data_source', id });
    const tables = liveRows(ws, 'baseline_table_provenance', { field: 'sourceId', values: [id] }).map((p) => p.tableId);
    if (tables.length > 0) throw new AppError('conflict', 'errors:baseline.sourceInUse', { tables });
    ws.mutator.remove('data_source', id);
    return { id };
  },
};
