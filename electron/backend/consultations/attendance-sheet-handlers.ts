import type { EntityValues } from '../db/entities';
import { fieldError } from '../errors';
import type { Handlers } from '../handler-types';
import { attendanceHandlers } from './attendance-handlers';
import { requireConsultation } from './consultation-repository';
import { listAttendees } from './people-repository';
import { previewSheet } from './attendance-sheet/preview-sheet';

type AttendanceSheetCommand = 'consultations.previewAttendanceSheet' | 'consultations.importAttendanceSheet';

export const attendanceSheetHandlers: Handlers<AttendanceSheetCommand> = {
  'consultations.previewAttendanceSheet': ({ consultationId, ...input }, session) => {
    const ws = session.workspace();
    return previewSheet(ws, requireConsultation(ws, consultationId, ['consultationId']), input);
  },

  /**
   * Reads the sheet again with the confirmed mapping (the preview may be stale: someone may have been
   * added meanwhile) and imports the confirmed rows that still have something to import. The dispatcher
   * runs this in one transaction: a failure leaves neither people nor attendance behind.
   */
  'consultations.importAttendanceSheet': ({ consultationId, rowNumbers, ...input }, session) => {
    const ws = session.workspace();
    const consultation = requireConsultation(ws, consultationId, ['consultationId']);
    const preview = previewSheet(ws, consultation, input);
    const rowOf = new Map(preview.rows.map((row) => [row.rowNumber, row]));
    const confirmed = rowNumbers.map((rowNumber, index) => {
      const row = rowOf.get(rowNumber);
      if (!row) throw fieldError('validation', { path: ['rowNumbers', index], messageKey: 'errors:attendanceSheet.rowNotInSheet', params: { row: rowNumber } });
      return row;
    });
    const attendees = new Set(listAttendees(ws, consultationId).map((person) => person.id));
    let peopleCreated = 0;
    let peopleLinked = 0;
    for (const row of confirmed) {
      if (row.status === 'existing' && row.existingPersonId !== null) {
        attendees.add(row.existingPersonId);
        peopleLinked += 1;
      } else if (row.status === 'new') {
        const { isIplc, isYouth, ...person } = row.person;
        const values: EntityValues<'person'> = {
          ...person,
          isIplc: isIplc ? 1 : 0,
          isYouth: isYouth ? 1 : 0,
          // A signature on a sheet is not a recorded consent with a scope: the register form records that.
          consentDate: null,
          consentScope: null,
          notes: null,
          erasedAt: null,
        };
        attendees.add(ws.mutator.insert('person', values).id);
        peopleCreated += 1;
      }
    }
    // The one rule for attendance rows (restore a removed one rather than add a twin) lives in setAttendance.
    const detail = attendanceHandlers['consultations.setAttendance']({ consultationId, personIds: [...attendees] }, session);
    return { peopleCreated, peopleLinked, rowsSkipped: confirmed.length - peopleCreated - peopleLinked, attendeeCount: detail.attendees.length };
  },
};
