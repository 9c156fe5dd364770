import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ROSTER_LABEL_KEYS, type RosterLabelKey } from '../../../shared/consultations/roster-export';
import { KENYA, useTempBackend } from '../test-support';

const tempBackend = useTempBackend();

/** Labels as the UI sends them; here each one is its own key in capitals, so the test sees which was used. */
const LABELS = Object.fromEntries(ROSTER_LABEL_KEYS.map((key) => [key, key.toUpperCase()])) as Record<RosterLabelKey, string>;

function workshopWithThree() {
  const backend = tempBackend();
  const { ok } = backend;
  ok('workspace.create', KENYA);
  const amina = ok('consultations.savePerson', { name: 'Amina Njoroge', organisation: 'KFS', sector: 'government', sex: 'female', ageBand: '35_49' });
  const otieno = ok('consultations.savePerson', { name: '=HYPERLINK("http://x")', sector: 'farmers_organisation', sex: 'male', isYouth: true, ageBand: '18_24' });
  const wanjiru = ok('consultations.savePerson', { name: 'Wanjiru Kamau', organisation: 'Ogiek Peoples', sector: 'iplc', sex: 'female', isIplc: true, consentDate: '2026-01-05', consentScope: 'counts_only' });
  const held = ok('consultations.save', { title: 'Validation, Nakuru', status: 'held', startDate: '2026-03-10', modality: 'in_person', purpose: 'validation' });
  ok('consultations.setAttendance', { consultationId: held.id, personIds: [amina.id, otieno.id, wanjiru.id] });
  return { ...backend, amina, otieno, wanjiru, held };
}

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('the consultations export', () => {
  it('is anonymised by default: one row per consultation with counts, and no name or organisation anywhere', () => {
    const { ok } = workshopWithThree();
    const { csv, rowCount } = ok('consultations.exportRoster', { labels: LABELS });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(rowCount).toBe(1);
    const [header, row] = parse(csv);
    const cell = (key: RosterLabelKey) => row![header!.indexOf(LABELS[key])];
    expect([cell('header.consultation'), cell('header.startDate'), cell('header.status'), cell('header.participants')]).toEqual(['Validation, Nakuru', '2026-03-10', 'STATUS.HELD', '3']);
    expect([cell('count.sex.female'), cell('count.sex.male'), cell('count.ageBand.18_24'), cell('count.ageBand.undisclosed')]).toEqual(['2', '1', '1', '1']);
    expect([cell('count.iplc'), cell('count.youth'), cell('count.sector.iplc'), cell('count.sector.government')]).toEqual(['1', '1', '1', '1']);
    for (const personal of ['Amina', 'KFS', 'HYPERLINK', 'Wanjiru', 'Ogiek']) expect(csv).not.toContain(personal);
  });

  it('names attendees only when the user opts in, never someone who agreed to be counted only, nor an erased person', () => {
    const { ok, amina } = workshopWithThree();
    ok('consultations.erasePerson', { id: amina.id });
    const { csv, rowCount } = ok('consultations.exportRoster', { includeNames: true, labels: LABELS });
    expect(rowCount).toBe(3);
    const [header, ...rows] = parse(csv);
    expect(header).toEqual(['HEADER.CONSULTATION', 'HEADER.STARTDATE', 'HEADER.NAME', 'HEADER.ORGANISATION', 'HEADER.SEX', 'HEADER.AGEBAND', 'HEADER.SECTOR', 'HEADER.IPLC', 'HEADER.YOUTH']);
    expect(rows.map((row) => row.slice(2))).toEqual([
      // A name typed as a formula stays text in the reader's spreadsheet.
      ["'=HYPERLINK(\"http://x\")", '', 'SEX.MALE', 'AGEBAND.18_24', 'SECTOR.FARMERS_ORGANISATION', 'NO', 'YES'],
      ['NOTNAMED', '', 'SEX.FEMALE', 'AGEBAND.UNDISCLOSED', 'SECTOR.IPLC', 'YES', 'NO'],
      ['ERASED', '', 'SEX.FEMALE', 'AGEBAND.35_49', 'SECTOR.GOVERNMENT', 'NO', 'NO'],
    ]);
    expect(csv).not.toContain('Wanjiru');
    expect(csv).not.toContain('Ogiek');
  });

  it('refuses an export without every label, and writes nothing to the change log', () => {
    const { ok, fails } = workshopWithThree();
    const before = ok('workspace.history', {}).entries.length;
    const { 'header.name': _left, ...missingOne } = LABELS;
    expect(fails('consultations.exportRoster', { labels: missingOne }).details?.fields).toEqual([{ path: ['labels', 'header.name'], messageKey: 'errors:field.required' }]);
    ok('consultations.exportRoster', { includeNames: true, labels: LABELS });
    expect(ok('workspace.history', {}).entries).toHaveLength(before);
  });
});
