import { z } from 'zod';
import { AGE_BANDS, CONSULTATION_STATUSES, PURPOSES, SECTORS, SEXES } from './codes';
import type { Consultation } from './consultation';
import type { Person } from './person';
import { rollUpParticipants, type AttendanceRow } from './rollups';

/**
 * The consultations export (issue 6 §5, issue 8): a CSV file for people outside the working group.
 * By default it is anonymised: one row per consultation with counts by sex, age band, IPLC, youth and
 * sector, nothing that names anyone. Only when the user opts in does it list attendees with their name
 * and organisation, and even then an erased person, or one who consented to be counted only, is never
 * named. The backend writes the file; the words in it (headers, code labels) come from the UI in the
 * reader's language, keyed as below, so that the backend stays free of locales.
 */

/** `sex` and ['female', …] → ['sex.female', …], typed as the keys they are. */
const prefixed = <P extends string, C extends string>(prefix: P, codes: readonly C[]) => codes.map((code): `${P}.${C}` => `${prefix}.${code}`);

/** Column headers of either layout. */
export const ROSTER_HEADERS = ['consultation', 'startDate', 'endDate', 'status', 'purpose', 'participants', 'name', 'organisation', 'sex', 'ageBand', 'sector', 'iplc', 'youth'] as const;

/** The count columns of the anonymised layout, in order: `<group>.<code>` or a flag. */
export const COUNT_COLUMNS = [...prefixed('sex', SEXES), ...prefixed('ageBand', AGE_BANDS), 'iplc', 'youth', ...prefixed('sector', SECTORS)] as const;

/** Every label the export needs: headers, count headers, code labels, and the words for yes, no and the unnamed. */
export const ROSTER_LABEL_KEYS = [
  ...prefixed('header', ROSTER_HEADERS),
  ...prefixed('count', COUNT_COLUMNS),
  ...prefixed('sex', SEXES),
  ...prefixed('ageBand', AGE_BANDS),
  ...prefixed('sector', SECTORS),
  ...prefixed('status', CONSULTATION_STATUSES),
  ...prefixed('purpose', PURPOSES),
  'yes',
  'no',
  'erased',
  'notNamed',
] as const;
export type RosterLabelKey = (typeof ROSTER_LABEL_KEYS)[number];

export const rosterExportInput = z.object({
  /** The opt-in: attendees by name and organisation instead of counts. Off unless the user ticks it. */
  includeNames: z.boolean().default(false),
  /** Every key of ROSTER_LABEL_KEYS, in the reader's language. */
  labels: z.record(z.enum(ROSTER_LABEL_KEYS as readonly RosterLabelKey[] as [RosterLabelKey, ...RosterLabelKey[]]), z.string().max(300)),
});
export type RosterExportInput = z.input<typeof rosterExportInput>;

export const rosterExport = z.object({
  /** The file's text, starting with a UTF-8 byte order mark so that spreadsheet programs read accents and scripts right. */
  csv: z.string(),
  /** Rows below the header: consultations (anonymised) or attendances (named). */
  rowCount: z.number().int().min(0),
});

type Labels = Readonly<Record<RosterLabelKey, string>>;
export type RosterCell = string | number;

/**
 * The rows of the export, header first (the backend writes them as CSV). Both layouts
 * start with the consultation so that a reader can filter by it; dates stay ISO, which every spreadsheet reads.
 */
export function rosterTable(
  consultations: readonly Consultation[],
  attendance: readonly AttendanceRow[],
  people: ReadonlyMap<string, Person>,
  labels: Labels,
  includeNames: boolean,
): RosterCell[][] {
  return includeNames ? namedTable(consultations, attendance, people, labels) : countsTable(consultations, attendance, people, labels);
}

/** One row per consultation; the counts are the roll-up's (unique people, the undisclosed counted). */
function countsTable(consultations: readonly Consultation[], attendance: readonly AttendanceRow[], people: ReadonlyMap<string, Person>, labels: Labels): RosterCell[][] {
  const header = [...(['consultation', 'startDate', 'endDate', 'status', 'purpose', 'participants'] as const).map((h) => labels[`header.${h}`]), ...COUNT_COLUMNS.map((c) => labels[`count.${c}`])];
  const rows = consultations.map((c) => {
    const rollup = rollUpParticipants(attendance.filter((row) => row.consultationId === c.id), people);
    const counts = [...rollup.bySex, ...rollup.byAgeBand].map((share) => share.count);
    return [
      c.title,
      c.startDate,
      c.endDate ?? '',
      labels[`status.${c.status}`],
      labels[`purpose.${c.purpose}`],
      rollup.participants,
      ...counts,
      rollup.iplc.count,
      rollup.youth.count,
      ...rollup.bySector.map((share) => share.count),
    ];
  });
  return [header, ...rows];
}

/** One row per attendance, by consultation then register order (named people by name). */
function namedTable(consultations: readonly Consultation[], attendance: readonly AttendanceRow[], people: ReadonlyMap<string, Person>, labels: Labels): RosterCell[][] {
  const header = (['consultation', 'startDate', 'name', 'organisation', 'sex', 'ageBand', 'sector', 'iplc', 'youth'] as const).map((h) => labels[`header.${h}`]);
  const order = [...people.keys()];
  const yesNo = (flag: boolean) => (flag ? labels.yes : labels.no);
  const rows = consultations.flatMap((c) =>
    attendance
      .filter((row) => row.consultationId === c.id && people.has(row.personId))
      .map((row) => people.get(row.personId)!)
      .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
      .map((p) => {
        const [name, organisation] = identity(p, labels);
        return [c.title, c.startDate, name, organisation, labels[`sex.${p.sex}`], labels[`ageBand.${p.ageBand}`], labels[`sector.${p.sector}`], yesNo(p.isIplc), yesNo(p.isYouth)];
      }),
  );
  return [header, ...rows];
}

/**
 * Name and organisation as the file may show them. An erased person stays a row (the counts must add up)
 * but is never named; nor is someone who agreed only to be counted, whatever the register still holds.
 */
function identity(person: Person, labels: Labels): [string, string] {
  if (person.erasedAt !== null) return [labels.erased, ''];
  if (person.consentScope === 'counts_only' || person.name === null) return [labels.notNamed, ''];
  return [person.name, person.organisation ?? ''];
}
