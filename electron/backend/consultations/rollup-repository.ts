import type { Consultation } from '../../../shared/consultations/consultation';
import type { Decision } from '../../../shared/consultations/outcomes';
import type { AttendanceRow } from '../../../shared/consultations/rollups';
import { selectColumns } from '../db/entities';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { listConsultations } from './consultation-repository';

/** The consultations a roll-up covers: the one asked for, or every live held one. */
export function consultationsInScope(ws: OpenWorkspace, only: Consultation | undefined): Consultation[] {
  return only ? [only] : listConsultations(ws, false).filter((c) => c.status === 'held');
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export function attendanceOf(ws: OpenWorkspace, consultationIds: readonly string[]): AttendanceRow[] {
  return ws.db
    .prepare(
      `SELECT consultation_id AS consultationId, person_id AS personId FROM attendance
        WHERE deleted_at IS NULL AND consultation_id IN (${placeholders(consultationIds.length)})`,
    )
    .all(...consultationIds) as AttendanceRow[];
}

export function decisionsOf(ws: OpenWorkspace, consultationIds: readonly string[]): Decision[] {
  return ws.db
    .prepare(`SELECT ${selectColumns('decision')} FROM decision WHERE deleted_at IS NULL AND consultation_id IN (${placeholders(consultationIds.length)}) ORDER BY id`)
    .all(...consultationIds) as Decision[];
}

/** Live decisions of live consultations that name this subject, or any subject of the type when `subjectId` is left out. */
export function decisionsAbout(ws: OpenWorkspace, subjectType: string, subjectId?: string): Decision[] {
  const sameId = subjectId === undefined ? '' : 'AND subject_id = ?';
  return ws.db
    .prepare(
      `SELECT ${selectColumns('decision')} FROM decision
        WHERE subject_type = ? ${sameId} AND deleted_at IS NULL
          AND consultation_id IN (SELECT id FROM consultation WHERE deleted_at IS NULL)
        ORDER BY id`,
    )
    .all(...(subjectId === undefined ? [subjectType] : [subjectType, subjectId])) as Decision[];
}
