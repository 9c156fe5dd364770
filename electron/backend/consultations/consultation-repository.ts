import type { Consultation, consultationDetail } from '../../../shared/consultations/consultation';
import type { z } from 'zod';
import { selectColumns, type EntityName, type EntityRecord } from '../db/entities';
import { fieldError } from '../errors';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { listAttendees } from './people-repository';

/** Newest first: the consultation a working group is busy with is usually the latest. */
export function listConsultations(ws: OpenWorkspace, includeDeleted: boolean): Consultation[] {
  const where = includeDeleted ? '' : 'WHERE deleted_at IS NULL';
  return ws.db.prepare(`SELECT ${selectColumns('consultation')} FROM consultation ${where} ORDER BY start_date DESC, id DESC`).all() as Consultation[];
}

/** The consultation `id` (live unless `allowDeleted`), or a refusal on the field that named it. */
export function requireConsultation(ws: OpenWorkspace, id: string, path: (string | number)[], allowDeleted = false): Consultation {
  const record = ws.mutator.find('consultation', id);
  if (!record || (record.deletedAt !== null && !allowDeleted)) {
    throw fieldError('not_found', { path, messageKey: 'errors:consultations.consultationNotFound' });
  }
  return record;
}

type ChildEntity = Extract<EntityName, 'attendance' | 'contribution' | 'decision' | 'follow_up_action'>;

/** The live rows of one consultation's child table, in the order they were made. */
export function liveChildren<E extends ChildEntity>(ws: OpenWorkspace, entity: E, consultationId: string): EntityRecord<E>[] {
  return ws.db
    .prepare(`SELECT ${selectColumns(entity)} FROM ${entity} WHERE consultation_id = ? AND deleted_at IS NULL ORDER BY id`)
    .all(consultationId) as EntityRecord<E>[];
}

export function readConsultationDetail(ws: OpenWorkspace, consultation: Consultation): z.input<typeof consultationDetail> {
  return {
    ...consultation,
    attendees: listAttendees(ws, consultation.id),
    contributions: liveChildren(ws, 'contribution', consultation.id),
    decisions: liveChildren(ws, 'decision', consultation.id),
    actions: liveChildren(ws, 'follow_up_action', consultation.id),
  };
}
