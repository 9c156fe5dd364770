import { z } from 'zod';
import { importedFileInput } from '../files';
import { entityId } from '../ids';
import { withMessageKey } from '../validation';
import { ageBand, sector, sex } from './codes';
import { ATTENDANCE_FIELDS } from './attendance-synonyms';

/**
 * Importing a filled-in attendance sheet (CSV or XLSX) into a consultation: what the preview shows and
 * what the import takes. The pure reading rules are in attendance-preview.ts; files are read by the backend.
 */

/** Large enough for a sheet of thousands of participants, small enough to parse in one command. */
export const MAX_ATTENDANCE_SHEET_BYTES = 5 * 1024 * 1024;
/** Rows below the header; a national validation workshop has a few hundred at most. */
export const MAX_ATTENDANCE_SHEET_ROWS = 5000;
/** Columns of a sheet we read; more is not an attendance sheet. */
export const MAX_ATTENDANCE_SHEET_COLUMNS = 100;

export const attendanceField = z.enum(ATTENDANCE_FIELDS);

/** One entry per column of the sheet, left to right: the field it fills, or null to leave it out. */
export const columnMapping = z
  .array(attendanceField.nullable())
  .max(MAX_ATTENDANCE_SHEET_COLUMNS)
  .refine((fields) => {
    const mapped = fields.filter((field) => field !== null);
    return new Set(mapped).size === mapped.length;
  }, withMessageKey('errors:attendanceSheet.fieldMappedTwice'));
export type ColumnMapping = z.infer<typeof columnMapping>;

/** A path (desktop) or the bytes of an uploaded file (browser); the backend checks the size with a message that states it. */
export const attendanceSheetFile = importedFileInput;

export const attendanceSheetPreviewInput = z.object({
  consultationId: entityId,
  file: attendanceSheetFile,
  /** The worksheet of an XLSX file; the first one when left out. */
  sheetName: z.string().max(255).optional(),
  /** The mapping the user chose; the suggested one when left out. */
  mapping: columnMapping.optional(),
});
export type AttendanceSheetPreviewInput = z.input<typeof attendanceSheetPreviewInput>;

export const attendanceSheetImportInput = attendanceSheetPreviewInput.extend({
  mapping: columnMapping,
  /** The rows the user confirmed, by their number in the sheet. Nothing else is imported. */
  rowNumbers: z
    .array(z.number().int().positive())
    .min(1)
    .max(MAX_ATTENDANCE_SHEET_ROWS)
    .refine((rows) => new Set(rows).size === rows.length, withMessageKey('errors:attendanceSheet.rowRepeated')),
});
export type AttendanceSheetImportInput = z.input<typeof attendanceSheetImportInput>;

/** Something about one row (or the whole sheet) worth the user's eye; `messageKey` is an i18n key. */
export const sheetProblem = z.object({
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type SheetProblem = z.infer<typeof sheetProblem>;

/**
 * What importing a row would do: create a register entry (`new`), record someone already in the
 * register as attending (`existing`), or nothing (`skipped`: empty, a repeat, or already attending).
 */
export const ROW_STATUSES = ['new', 'existing', 'skipped'] as const;
export const rowStatus = z.enum(ROW_STATUSES);
export type RowStatus = z.infer<typeof rowStatus>;

/** A row as the register would hold it; unknown codes are read as "not said" (sector: other). */
export const sheetPerson = z.object({
  name: z.string().nullable(),
  organisation: z.string().nullable(),
  sex,
  ageBand,
  sector,
  isIplc: z.boolean(),
  isYouth: z.boolean(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type SheetPerson = z.infer<typeof sheetPerson>;

export const previewRow = z.object({
  /** The row's number as the spreadsheet shows it (CSV: its record number, header included). */
  rowNumber: z.number().int().positive(),
  status: rowStatus,
  person: sheetPerson,
  /** The register entry a `new`-looking row matched; the import links to it instead of creating one. */
  existingPersonId: entityId.nullable(),
  problems: z.array(sheetProblem),
});
export type PreviewRow = z.infer<typeof previewRow>;

export const sheetColumn = z.object({ header: z.string(), samples: z.array(z.string()) });

export const attendanceSheetPreview = z.object({
  fileKind: z.enum(['csv', 'xlsx']),
  /** The worksheets of an XLSX file, in workbook order; empty for CSV. */
  sheetNames: z.array(z.string()),
  sheetName: z.string().nullable(),
  headerRowNumber: z.number().int().positive(),
  columns: z.array(sheetColumn),
  suggestedMapping: z.array(attendanceField.nullable()),
  mapping: z.array(attendanceField.nullable()),
  rows: z.array(previewRow),
  /** About the whole sheet or the consultation (e.g. held, yet dated in the future). */
  warnings: z.array(sheetProblem),
});
export type AttendanceSheetPreview = z.infer<typeof attendanceSheetPreview>;

export const attendanceSheetImportResult = z.object({
  peopleCreated: z.number().int().nonnegative(),
  peopleLinked: z.number().int().nonnegative(),
  /** Confirmed rows that turned out to have nothing to import (e.g. someone added them meanwhile). */
  rowsSkipped: z.number().int().nonnegative(),
  attendeeCount: z.number().int().nonnegative(),
});
export type AttendanceSheetImportResult = z.infer<typeof attendanceSheetImportResult>;
