import { readFileSync, statSync } from 'node:fs';
import type { z } from 'zod';
import type { SheetRow } from '../../../../shared/consultations/attendance-preview';
import { MAX_ATTENDANCE_SHEET_BYTES, type attendanceSheetFile } from '../../../../shared/consultations/attendance-sheet';
import { fieldError } from '../../errors';
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

const MAX_MB = MAX_ATTENDANCE_SHEET_BYTES / (1024 * 1024);

/** The sheet in a file, told apart by its content (an .xlsx renamed .csv still reads). */
export function readSheetFile(file: z.output<typeof attendanceSheetFile>, sheetName: string | undefined): SheetFile {
  const bytes = fileBytes(file);
  if (bytes.length === 0) throw unreadableSheet('emptySheet');
  if (isZip(bytes)) return { fileKind: 'xlsx', ...readXlsx(bytes, sheetName) };
  // Excel 97–2003 workbooks are OLE compound files: say what to do rather than "not a sheet".
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0) throw unreadableSheet('legacyXls');
  const text = decodeSheetText(bytes);
  if (!looksLikeText(text)) throw unreadableSheet('notASheet');
  return { fileKind: 'csv', sheetNames: [], sheetName: null, rows: readCsv(text) };
}

function fileBytes(file: z.output<typeof attendanceSheetFile>): Buffer {
  if ('path' in file) {
    let size: number;
    try {
      size = statSync(file.path).size;
    } catch {
      throw fieldError('file_not_found', { path: ['file', 'path'], messageKey: 'errors:fileNotFound' });
    }
    if (size > MAX_ATTENDANCE_SHEET_BYTES) throw unreadableSheet('tooLarge', { maxMb: MAX_MB });
    return readFileSync(file.path);
  }
  const bytes = Buffer.from(file.bytesBase64, 'base64');
  if (bytes.length > MAX_ATTENDANCE_SHEET_BYTES) throw unreadableSheet('tooLarge', { maxMb: MAX_MB });
  return bytes;
}
