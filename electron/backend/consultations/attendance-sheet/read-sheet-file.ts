import type { z } from 'zod';
import type { SheetRow } from '../../../../shared/consultations/attendance-preview';
import { MAX_ATTENDANCE_SHEET_BYTES, type attendanceSheetFile } from '../../../../shared/consultations/attendance-sheet';
import { readImportedFile } from '../../files/imported-file';
import { decodeSheetText, looksLikeText } from './decode-text';
import { readCsv } from './read-csv';
import { isZip } from './read-zip';
import { readXlsx } from './read-xlsx';
import { unreadableSheet } from './sheet-errors';

export interface SheetFile {
  fileKind: 'csv' | 'xlsx';
  sheetNames: string[];
  sheetName: string | null;
  rows: SheetRow[];
}

/** The sheet in a file, told apart by its content (an .xlsx renamed .csv still reads). */
export function readSheetFile(file: z.output<typeof attendanceSheetFile>, sheetName: string | undefined): SheetFile {
  const { bytes } = readImportedFile(file, {
    maxBytes: MAX_ATTENDANCE_SHEET_BYTES,
    field: ['file'],
    tooLarge: (maxMb) => unreadableSheet('tooLarge', { maxMb }),
  });
  if (bytes.length === 0) throw unreadableSheet('emptySheet');
  if (isZip(bytes)) return { fileKind: 'xlsx', ...readXlsx(bytes, sheetName) };
  // Excel 97–2003 workbooks are OLE compound files: say what to do rather than "not a sheet".
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0) throw unreadableSheet('legacyXls');
  const text = decodeSheetText(bytes);
  if (!looksLikeText(text)) throw unreadableSheet('notASheet');
  return { fileKind: 'csv', sheetNames: [], sheetName: null, rows: readCsv(text) };
}
