import { command } from '../command';
import { attendanceSheetImportInput, attendanceSheetImportResult, attendanceSheetPreview, attendanceSheetPreviewInput } from './attendance-sheet';

/** Importing a filled-in attendance sheet: a preview that writes nothing, then the import of the confirmed rows. */
export const attendanceSheetContract = {
  /**
   * Reads a CSV or XLSX sheet and says, row by row, what an import would do and what is wrong; writes
   * nothing. Refuses files over MAX_ATTENDANCE_SHEET_BYTES or MAX_ATTENDANCE_SHEET_ROWS rows, and files
   * that are not a readable sheet.
   */
  'consultations.previewAttendanceSheet': command({ scope: 'workspace', input: attendanceSheetPreviewInput, output: attendanceSheetPreview }),
  /**
   * Imports exactly the confirmed rows, in one transaction: new register entries for `new` rows, and
   * attendance for them and for the `existing` ones. Rows that are skipped by then are counted, not imported.
   */
  'consultations.importAttendanceSheet': command({
    scope: 'workspace',
    input: attendanceSheetImportInput,
    output: attendanceSheetImportResult,
  }),
};
