import { useState } from 'react';
import type { AttendanceSheetImportResult, AttendanceSheetPreview, AttendanceSheetPreviewInput, ColumnMapping } from '../../../../shared/consultations/attendance-sheet';
import { useBackend } from '../../../app/backend/BackendContext';
import { useCommandMutation } from '../../../app/backend/commandQueries';

type SheetFile = Extract<AttendanceSheetPreviewInput['file'], { bytesBase64: string }>;

/**
 * The steps of one import: read the file (a preview, nothing written), change the worksheet or the
 * column mapping (read again), untick rows, confirm. Only the confirm writes.
 */
export function useAttendanceSheetImport(consultationId: string) {
  const backend = useBackend();
  const [file, setFile] = useState<SheetFile | null>(null);
  const [preview, setPreview] = useState<AttendanceSheetPreview | null>(null);
  const [excluded, setExcluded] = useState<ReadonlySet<number>>(new Set());
  const [reading, setReading] = useState<{ pending: boolean; error: unknown }>({ pending: false, error: null });
  const [result, setResult] = useState<AttendanceSheetImportResult | null>(null);
  const importRows = useCommandMutation('consultations.importAttendanceSheet', {
    invalidates: ['consultations.get', 'consultations.listPeople', 'consultations.list', 'consultations.rollup'],
    onSuccess: (output) => setResult(output),
  });

  async function read(next: SheetFile, options: { sheetName?: string; mapping?: ColumnMapping } = {}) {
    setReading({ pending: true, error: null });
    try {
      const answer = await backend.call('consultations.previewAttendanceSheet', { consultationId, file: next, ...options });
      setFile(next);
      setPreview(answer);
      setExcluded(new Set());
      setReading({ pending: false, error: null });
    } catch (error) {
      setReading({ pending: false, error });
    }
  }

  const importable = preview?.rows.filter((row) => row.status !== 'skipped') ?? [];
  const selected = importable.filter((row) => !excluded.has(row.rowNumber)).map((row) => row.rowNumber);

  return {
    preview,
    reading,
    result,
    importing: importRows,
    selected,
    isSelected: (rowNumber: number) => !excluded.has(rowNumber),
    readFile: (next: SheetFile) => {
      // A new file replaces the old one at once: if it cannot be read, the old rows must not stay importable.
      setFile(null);
      setPreview(null);
      return read(next);
    },
    chooseSheet: (sheetName: string) => (file ? read(file, { sheetName }) : Promise.resolve()),
    remap: (mapping: ColumnMapping) => (file && preview ? read(file, { sheetName: preview.sheetName ?? undefined, mapping }) : Promise.resolve()),
    toggle: (rowNumber: number) =>
      setExcluded((current) => {
        const next = new Set(current);
        if (!next.delete(rowNumber)) next.add(rowNumber);
        return next;
      }),
    confirm: () => {
      if (!file || !preview || selected.length === 0) return;
      importRows.mutate({ consultationId, file, sheetName: preview.sheetName ?? undefined, mapping: preview.mapping, rowNumbers: selected });
    },
  };
}

export type AttendanceSheetImport = ReturnType<typeof useAttendanceSheetImport>;
