import Papa from 'papaparse';
import { previewRows, sheetLayout } from '../../shared/consultations/attendance-preview';
import type { AttendanceSheetPreview, AttendanceSheetPreviewInput } from '../../shared/consultations/attendance-sheet';
import type { Person } from '../../shared/consultations/person';
import type { Handlers } from './inMemoryBackend';
import { fakePerson, type ConsultationsData } from './inMemoryConsultations';

interface Helpers {
  id: () => string;
  touch: () => void;
  refuse: (code: 'validation' | 'not_found', messageKey: string, path?: (string | number)[]) => Error;
}

/**
 * The attendance-sheet commands for component tests: CSV only, read with Papa Parse and the real shared
 * reading rules (header detection, value synonyms, per-row problems) against the in-memory register.
 * Decoding, XLSX and the limits are the backend's (electron/backend/consultations/attendance-sheet.test.ts).
 */
export function attendanceSheetHandlers(state: { consultations: ConsultationsData }, { id, touch, refuse }: Helpers): Handlers {
  const data = () => state.consultations;
  const requireConsultation = (consultationId: string) => {
    const found = data().consultations.find((c) => c.id === consultationId && c.deletedAt === null);
    if (!found) throw refuse('not_found', 'errors:consultations.consultationNotFound', ['consultationId']);
    return found;
  };

  const preview = (input: Omit<AttendanceSheetPreviewInput, 'rowNumbers'> & { mapping?: AttendanceSheetPreview['mapping'] }): AttendanceSheetPreview => {
    requireConsultation(input.consultationId);
    if (!('bytesBase64' in input.file)) throw refuse('validation', 'errors:fileNotFound', ['file', 'path']);
    const text = new TextDecoder().decode(Uint8Array.from(atob(input.file.bytesBase64), (char) => char.charCodeAt(0)));
    const layout = sheetLayout(Papa.parse<string[]>(text).data.map((cells, index) => ({ rowNumber: index + 1, cells })));
    if (!layout) throw refuse('validation', 'errors:attendanceSheet.emptySheet', ['file']);
    const mapping = input.mapping ?? layout.suggestedMapping;
    if (mapping.length !== layout.columns.length) throw refuse('validation', 'errors:attendanceSheet.mappingMismatch', ['mapping']);
    const attending = new Set(data().attendance.filter((row) => row.consultationId === input.consultationId).map((row) => row.personId));
    const register = data().people.filter((person) => person.deletedAt === null);
    return {
      fileKind: 'csv',
      sheetNames: [],
      sheetName: null,
      headerRowNumber: layout.headerRowNumber,
      columns: layout.columns,
      suggestedMapping: layout.suggestedMapping,
      mapping,
      rows: previewRows(layout, mapping, { register, attending }),
      warnings: [],
    };
  };

  return {
    'consultations.previewAttendanceSheet': preview,
    'consultations.importAttendanceSheet': ({ rowNumbers, ...input }) => {
      const rows = preview(input).rows;
      const confirmed = rowNumbers.map((rowNumber, index) => {
        const row = rows.find((candidate) => candidate.rowNumber === rowNumber);
        if (!row) throw refuse('validation', 'errors:attendanceSheet.rowNotInSheet', ['rowNumbers', index]);
        return row;
      });
      const created: Person[] = confirmed
        .filter((row) => row.status === 'new')
        .map((row) => fakePerson(id(), { ...row.person, consentDate: null, consentScope: null, notes: null }));
      const linked = confirmed.flatMap((row) => (row.status === 'existing' && row.existingPersonId ? [row.existingPersonId] : []));
      data().people.push(...created);
      data().attendance.push(...[...created.map((person) => person.id), ...linked].map((personId) => ({ consultationId: input.consultationId, personId })));
      touch();
      return {
        peopleCreated: created.length,
        peopleLinked: linked.length,
        rowsSkipped: confirmed.length - created.length - linked.length,
        attendeeCount: data().attendance.filter((row) => row.consultationId === input.consultationId).length,
      };
    },
  };
}
