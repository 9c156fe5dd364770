import { rosterTable } from '../../../shared/consultations/roster-export';
import type { Handlers } from '../handler-types';
import { listConsultations } from './consultation-repository';
import { peopleById } from './people-repository';
import { attendanceOf } from './rollup-repository';
import { toCsv } from './write-csv';

export const exportHandlers: Handlers<'consultations.exportRoster'> = {
  /** Every live consultation, planned ones included (their status is a column), newest first as in the list. */
  'consultations.exportRoster': ({ includeNames, labels }, session) => {
    const ws = session.workspace();
    const consultations = listConsultations(ws, false);
    const attendance = attendanceOf(ws, consultations.map((c) => c.id));
    const rows = rosterTable(consultations, attendance, peopleById(ws), labels, includeNames);
    return { csv: toCsv(rows), rowCount: rows.length - 1 };
  },
};
