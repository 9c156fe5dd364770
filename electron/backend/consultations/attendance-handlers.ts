import { selectColumns, type EntityRecord } from '../db/entities';
import type { Handlers } from '../handler-types';
import { readConsultationDetail, requireConsultation } from './consultation-repository';
import { requirePerson } from './people-repository';

export const attendanceHandlers: Handlers<'consultations.setAttendance'> = {
  /**
   * Makes the attendance exactly `personIds`, one row per person: new attendees get a row, removed ones
   * are tombstoned, and someone added back gets their old row restored, so each pair keeps one history.
   */
  'consultations.setAttendance': ({ consultationId, personIds }, session) => {
    const ws = session.workspace();
    const consultation = requireConsultation(ws, consultationId, ['consultationId']);
    personIds.forEach((personId, index) => requirePerson(ws, personId, ['personIds', index]));
    const rows = ws.db
      .prepare(`SELECT ${selectColumns('attendance')} FROM attendance WHERE consultation_id = ?`)
      .all(consultationId) as EntityRecord<'attendance'>[];
    const rowOf = new Map(rows.map((row) => [row.personId, row]));
    const attending = new Set(personIds);
    for (const personId of personIds) {
      const row = rowOf.get(personId);
      if (!row) ws.mutator.insert('attendance', { consultationId, personId });
      else if (row.deletedAt !== null) ws.mutator.restore('attendance', row.id);
    }
    for (const row of rows) if (row.deletedAt === null && !attending.has(row.personId)) ws.mutator.remove('attendance', row.id);
    return readConsultationDetail(ws, consultation);
  },
};
