import type { z } from 'zod';
import { previewRows, sheetLayout } from '../../../../shared/consultations/attendance-preview';
import {
  MAX_ATTENDANCE_SHEET_COLUMNS,
  MAX_ATTENDANCE_SHEET_ROWS,
  type AttendanceSheetPreview,
  type attendanceSheetPreviewInput,
  type SheetProblem,
} from '../../../../shared/consultations/attendance-sheet';
import type { Consultation } from '../../../../shared/consultations/consultation';
import { latestTodayOnEarth } from '../../../../shared/consultations/dates';
import { fieldError } from '../../errors';
import type { OpenWorkspace } from '../../workspace/open-workspace';
import { listAttendees, listPeople } from '../people-repository';
import { readSheetFile } from './read-sheet-file';
import { unreadableSheet } from './sheet-errors';

/** Reads the file and says what importing each row would do. Writes nothing. */
export function previewSheet(
  ws: OpenWorkspace,
  consultation: Consultation,
  input: Pick<z.output<typeof attendanceSheetPreviewInput>, 'file' | 'sheetName' | 'mapping'>,
): AttendanceSheetPreview {
  const sheet = readSheetFile(input.file, input.sheetName);
  const layout = sheetLayout(sheet.rows);
  if (!layout) throw unreadableSheet('emptySheet');
  if (layout.body.length > MAX_ATTENDANCE_SHEET_ROWS) throw unreadableSheet('tooManyRows', { max: MAX_ATTENDANCE_SHEET_ROWS });
  // The mapping has one entry per column and is capped at this width: a wider sheet could not be imported.
  if (layout.columns.length > MAX_ATTENDANCE_SHEET_COLUMNS) throw unreadableSheet('tooManyColumns', { max: MAX_ATTENDANCE_SHEET_COLUMNS });
  const mapping = input.mapping ?? layout.suggestedMapping;
  if (mapping.length !== layout.columns.length) {
    throw fieldError('validation', { path: ['mapping'], messageKey: 'errors:attendanceSheet.mappingMismatch', params: { columns: layout.columns.length } });
  }
  const attending = new Set(listAttendees(ws, consultation.id).map((person) => person.id));
  return {
    fileKind: sheet.fileKind,
    sheetNames: sheet.sheetNames,
    sheetName: sheet.sheetName,
    headerRowNumber: layout.headerRowNumber,
    columns: layout.columns,
    suggestedMapping: layout.suggestedMapping,
    mapping,
    rows: previewRows(layout, mapping, { register: listPeople(ws), attending }),
    warnings: sheetWarnings(consultation, mapping),
  };
}

function sheetWarnings(consultation: Consultation, mapping: readonly (string | null)[]): SheetProblem[] {
  const warnings: SheetProblem[] = [];
  // The consultation form refuses this date for a held consultation; an older record may still carry it.
  if (consultation.status === 'held' && consultation.startDate > latestTodayOnEarth()) {
    warnings.push({ messageKey: 'errors:attendanceSheet.heldInFuture', params: { date: consultation.startDate } });
  }
  if (!mapping.includes('name')) warnings.push({ messageKey: 'errors:attendanceSheet.noNameColumn' });
  return warnings;
}
