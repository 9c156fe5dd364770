import { foldLabel, foldName } from './attendance-text';
import { ATTENDANCE_FIELDS, HEADER_SYNONYMS, type AttendanceField } from './attendance-synonyms';
import type { ColumnMapping, PreviewRow, SheetPerson, SheetProblem } from './attendance-sheet';
import { personInput } from './person';
import { readAgeBand, readSector, readSex, readYesNo, type Reading } from './attendance-values';

/** One row of a sheet as read from the file: its number as the spreadsheet shows it, and its cells as text. */
export interface SheetRow {
  rowNumber: number;
  cells: string[];
}

/** A register entry, as much as matching needs. */
export interface RegisterEntry {
  id: string;
  name: string | null;
  organisation: string | null;
}

/** Title rows ("Validation workshop, Naivasha, 10 March") sit above the header: look this far down for it. */
const HEADER_SEARCH_ROWS = 20;
const SAMPLES_PER_COLUMN = 3;

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

const HEADER_WORDS = ATTENDANCE_FIELDS.flatMap((field) => HEADER_SYNONYMS[field].map((word) => ({ field, word: foldLabel(word) })));
const EXACT_HEADERS = new Map(HEADER_WORDS.map(({ field, word }) => [word, field]));

/**
 * The field a column header names: an exact synonym, else the longest synonym it contains as a word
 * ("Organisation name" is an organisation, not a name). Chinese has no spaces, so there any substring counts.
 */
export function suggestField(header: string): AttendanceField | null {
  const folded = foldLabel(header);
  if (folded === '') return null;
  const exact = EXACT_HEADERS.get(folded);
  if (exact) return exact;
  const padded = ` ${folded} `;
  let best: { field: AttendanceField; length: number } | null = null;
  for (const { field, word } of HEADER_WORDS) {
    const found = /\p{Script=Han}/u.test(word) ? folded.includes(word) : padded.includes(` ${word} `);
    if (found && word.length > (best?.length ?? 0)) best = { field, length: word.length };
  }
  return best?.field ?? null;
}

/** One field per column, each field at most once (the leftmost column naming it wins). */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<AttendanceField>();
  return headers.map((header) => {
    const field = suggestField(header);
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** The header row: among the first rows, the one naming the most known fields; else the first non-empty row. */
export function findHeaderRow(rows: readonly SheetRow[]): number {
  let best = { index: rows.findIndex((row) => !isBlank(row.cells)), score: 0 };
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const score = suggestMapping(row.cells).filter((field) => field !== null).length;
    if (score > best.score) best = { index, score };
  });
  return best.index;
}

export interface SheetLayout {
  headerRowNumber: number;
  columns: { header: string; samples: string[] }[];
  suggestedMapping: ColumnMapping;
  /** The rows below the header, trailing empty rows dropped. */
  body: SheetRow[];
}

/** Splits a sheet into its header and body; `undefined` for a sheet with nothing in it. */
export function sheetLayout(rows: readonly SheetRow[]): SheetLayout | undefined {
  const headerIndex = findHeaderRow(rows);
  const header = rows[headerIndex];
  if (!header) return undefined;
  const body = rows.slice(headerIndex + 1);
  while (body.length > 0 && isBlank(body.at(-1)?.cells ?? [])) body.pop();
  const width = Math.max(header.cells.length, ...body.map((row) => row.cells.length));
  const headers = Array.from({ length: width }, (_, column) => header.cells[column]?.trim() ?? '');
  return {
    headerRowNumber: header.rowNumber,
    columns: headers.map((text, column) => ({
      header: text,
      samples: body
        .map((row) => row.cells[column]?.trim() ?? '')
        .filter((cell) => cell !== '')
        .slice(0, SAMPLES_PER_COLUMN),
    })),
    suggestedMapping: suggestMapping(headers),
    body,
  };
}

interface ReadRow {
  person: SheetPerson;
  problems: SheetProblem[];
}

const problem = (key: string, params?: SheetProblem['params']): SheetProblem => ({
  messageKey: `errors:attendanceSheet.row.${key}`,
  ...(params ? { params } : {}),
});

/** Reads one row through the mapping; unknown codes become "not said" and are reported with their column. */
export function readRow(cells: readonly string[], mapping: ColumnMapping, headers: readonly string[]): ReadRow {
  const problems: SheetProblem[] = [];
  const cellOf = (field: AttendanceField) => {
    const column = mapping.indexOf(field);
    return column < 0 ? undefined : { value: cells[column]?.trim() ?? '', header: headers[column] ?? '' };
  };
  function coded<T>(field: AttendanceField, read: (cell: string) => Reading<T>, fallback: T): T {
    const cell = cellOf(field);
    if (!cell) return fallback;
    const value = read(cell.value);
    if (value !== undefined) return value;
    problems.push(problem('unknownValue', { value: cell.value, column: cell.header }));
    return fallback;
  }
  const text = (field: AttendanceField) => cellOf(field)?.value || undefined;
  const candidate = {
    name: text('name'),
    organisation: text('organisation'),
    sector: coded('sector', readSector, 'other'),
    sex: coded('sex', readSex, 'undisclosed'),
    ageBand: coded('ageBand', readAgeBand, 'undisclosed'),
    isIplc: coded('iplc', readYesNo, false),
    isYouth: coded('youth', readYesNo, false),
    email: text('email'),
    phone: text('phone'),
  };
  // The register's own rules (length, e-mail, phone): a value it would refuse is left out and reported.
  const checked = personInput.safeParse(candidate);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = issue.path[0] as keyof typeof candidate & AttendanceField;
      const cell = cellOf(field);
      if (cell && candidate[field] !== undefined) problems.push(problem('invalidValue', { value: cell.value, column: cell.header }));
      (candidate as Record<string, unknown>)[field] = undefined;
    }
  }
  if (candidate.name === undefined) problems.push(problem('missingName'));
  return {
    person: {
      ...candidate,
      name: candidate.name ?? null,
      organisation: candidate.organisation ?? null,
      email: candidate.email ?? null,
      phone: candidate.phone ?? null,
    },
    problems,
  };
}

const personKey = (name: string, organisation: string | null) => `${foldName(name)}\u0000${foldName(organisation ?? '')}`;

/** Finds a row's person in the register: same name and organisation, or the only one of that name when the row gives none. */
function registerMatcher(register: readonly RegisterEntry[]) {
  const byName = new Map<string, RegisterEntry[]>();
  for (const entry of register) {
    if (entry.name === null) continue;
    const key = foldName(entry.name);
    byName.set(key, [...(byName.get(key) ?? []), entry]);
  }
  return (person: SheetPerson): RegisterEntry | undefined => {
    if (person.name === null) return undefined;
    const sameName = byName.get(foldName(person.name)) ?? [];
    const exact = sameName.find((entry) => personKey(entry.name ?? '', entry.organisation) === personKey(person.name ?? '', person.organisation));
    if (exact) return exact;
    return person.organisation === null && sameName.length === 1 ? sameName[0] : undefined;
  };
}

export interface PreviewContext {
  /** Live, named or not; erased people have no name and so never match. */
  register: readonly RegisterEntry[];
  /** People already recorded as attending this consultation. */
  attending: ReadonlySet<string>;
}

/** What importing each body row would do, with its problems. */
export function previewRows(layout: SheetLayout, mapping: ColumnMapping, context: PreviewContext): PreviewRow[] {
  const headers = layout.columns.map((column) => column.header);
  const match = registerMatcher(context.register);
  const firstRowOf = new Map<string, number>();
  return layout.body.map((row): PreviewRow => {
    const { person, problems } = readRow(row.cells, mapping, headers);
    const base = { rowNumber: row.rowNumber, person, existingPersonId: null };
    if (isBlank(row.cells)) return { ...base, status: 'skipped', problems: [problem('emptyRow')] };
    if (person.name !== null) {
      const key = personKey(person.name, person.organisation);
      const first = firstRowOf.get(key);
      if (first !== undefined) return { ...base, status: 'skipped', problems: [...problems, problem('duplicateInSheet', { row: first })] };
      firstRowOf.set(key, row.rowNumber);
    }
    const existing = match(person);
    if (!existing) return { ...base, status: 'new', problems };
    if (context.attending.has(existing.id)) {
      return { ...base, existingPersonId: existing.id, status: 'skipped', problems: [...problems, problem('alreadyAttending')] };
    }
    return { ...base, existingPersonId: existing.id, status: 'existing', problems };
  });
}
