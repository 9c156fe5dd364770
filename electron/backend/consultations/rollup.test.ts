import { describe, expect, it } from 'vitest';
import { KENYA, useTempBackend } from '../test-support';

const tempBackend = useTempBackend();

/**
 * Hand-computed case. Legend workshop (held): Amina (F, government), Grace (F, IPLC flag), Otieno (M).
 * Target-setting workshop (held): Amina, Otieno, Sam (undisclosed, youth flag).
 * Planned validation: Grace only — not counted overall.
 * Overall: 4 people (Amina, Grace, Otieno, Sam), 6 attendances; women 2 = 50 %, men 1 = 25 %,
 * undisclosed 1 = 25 %; IPLC 1 = 25 %; youth 1 = 25 %.
 * Working group: Amina and Otieno current → 1 woman of 2 = 0.5.
 */
function workshops() {
  const backend = tempBackend();
  const { ok } = backend;
  ok('workspace.create', KENYA);
  const forest = ok('landtypes.save', { code: 'F1', name: 'Forest, humid' });
  const amina = ok('consultations.savePerson', { name: 'Amina Njoroge', sector: 'government', sex: 'female', ageBand: '35_49' });
  const grace = ok('consultations.savePerson', { name: 'Grace Lekaada', sector: 'iplc', sex: 'female', isIplc: true });
  const otieno = ok('consultations.savePerson', { name: 'Otieno Ouma', sector: 'farmers_organisation', sex: 'male', ageBand: '35_49' });
  const sam = ok('consultations.savePerson', { sector: 'youth', isYouth: true, ageBand: '18_24' });
  ok('consultations.saveMembership', { personId: amina.id, role: 'focal_point', startDate: '2024-01-01' });
  ok('consultations.saveMembership', { personId: otieno.id, role: 'member', startDate: '2024-01-01' });
  const base = { status: 'held', modality: 'in_person' } as const;
  const legend = ok('consultations.save', {
    ...base,
    title: 'Legend',
    startDate: '2026-02-01',
    purpose: 'land_cover_legend',
    decisions: [{ text: 'One humid forest class', dissent: 'KFS wanted two', subjectType: 'landtype', subjectId: forest.id }],
  });
  const targets = ok('consultations.save', {
    ...base,
    title: 'Targets',
    startDate: '2026-03-01',
    purpose: 'target_setting',
    decisions: [{ text: 'Restore 500 km² of humid forest', subjectType: 'landtype', subjectId: forest.id }, { text: 'Meet quarterly' }],
  });
  const validation = ok('consultations.save', { ...base, status: 'planned', title: 'Validation', startDate: '2026-09-01', purpose: 'validation' });
  ok('consultations.setAttendance', { consultationId: legend.id, personIds: [amina.id, grace.id, otieno.id] });
  ok('consultations.setAttendance', { consultationId: targets.id, personIds: [amina.id, otieno.id, sam.id] });
  ok('consultations.setAttendance', { consultationId: validation.id, personIds: [grace.id] });
  return { ...backend, forest, amina, grace, legend, targets, validation };
}

const sexCounts = (rows: { code: string; count: number; percent: number | null }[]) => rows.map((r) => [r.code, r.count, r.percent]);

describe('consultation roll-ups', () => {
  it('rolls up the held consultations overall, against the hand-computed case', () => {
    const { ok } = workshops();
    const { participants, workingGroup, involvement } = ok('consultations.rollup', {});
    expect([participants.participants, participants.attendances]).toEqual([4, 6]);
    expect(sexCounts(participants.bySex)).toEqual([
      ['female', 2, 50],
      ['male', 1, 25],
      ['other', 0, 0],
      ['undisclosed', 1, 25],
    ]);
    expect(participants.iplc).toEqual({ count: 1, percent: 25 });
    expect(participants.youth).toEqual({ count: 1, percent: 25 });
    expect(workingGroup).toMatchObject({ members: 2, women: 1, shareOfWomen: 0.5 });
    expect(involvement).toEqual({
      consultationsHeld: 2,
      byPurpose: [
        { code: 'land_cover_legend', count: 1 },
        { code: 'target_setting', count: 1 },
      ],
      attendances: 6,
      participants: 4,
      women: 2,
      men: 1,
      otherOrUndisclosedSex: 1,
      iplc: 1,
      youth: 1,
      decisions: 3,
      decisionsWithDissent: 1,
    });
    expect(JSON.stringify(involvement)).not.toMatch(/Amina|Grace|Otieno/);
  });

  it('rolls up one consultation; a planned one shows its attendees but no involvement yet', () => {
    const { ok, legend, validation } = workshops();
    const one = ok('consultations.rollup', { consultationId: legend.id });
    expect(sexCounts(one.participants.bySex).slice(0, 2)).toEqual([
      ['female', 2, (2 / 3) * 100],
      ['male', 1, (1 / 3) * 100],
    ]);
    const planned = ok('consultations.rollup', { consultationId: validation.id });
    expect(planned.participants.participants).toBe(1);
    expect(planned.involvement).toMatchObject({ consultationsHeld: 0, participants: 0 });
  });

  it('keeps every count after a participant is erased', () => {
    const { ok, amina, grace } = workshops();
    const before = ok('consultations.rollup', {});
    ok('consultations.erasePerson', { id: amina.id });
    ok('consultations.erasePerson', { id: grace.id });
    expect(ok('consultations.rollup', {})).toEqual(before);
  });

  it('leaves a deleted consultation out, and a person removed from the attendance', () => {
    const { ok, targets, legend, amina, grace } = workshops();
    ok('consultations.delete', { id: targets.id });
    ok('consultations.setAttendance', { consultationId: legend.id, personIds: [amina.id, grace.id] });
    expect(ok('consultations.rollup', {}).participants).toMatchObject({ participants: 2, attendances: 2 });
  });
});

describe('decisions behind a record', () => {
  it('lists the consultations, newest first, with the decisions that shaped the record', () => {
    const { ok, forest, legend, targets } = workshops();
    const { items } = ok('consultations.decisionsFor', { subjectType: 'landtype', subjectId: forest.id });
    expect(items.map((i) => [i.consultation.title, i.decisions.map((d) => d.text)])).toEqual([
      ['Targets', ['Restore 500 km² of humid forest']],
      ['Legend', ['One humid forest class']],
    ]);
    ok('consultations.delete', { id: targets.id });
    expect(ok('consultations.decisionsFor', { subjectType: 'landtype', subjectId: forest.id }).items.map((i) => i.consultation.id)).toEqual([legend.id]);
  });

  it('refuses an unknown subject type and an unknown consultation on their fields', () => {
    const { fails, forest } = workshops();
    expect(fails('consultations.decisionsFor', { subjectType: 'village', subjectId: forest.id }).details?.fields).toEqual([
      { path: ['subjectType'], messageKey: 'errors:field.notAllowed' },
    ]);
    expect(fails('consultations.rollup', { consultationId: '01890a5d-ac96-774b-bcce-b302099a8057' }).details?.fields).toEqual([
      { path: ['consultationId'], messageKey: 'errors:consultations.consultationNotFound' },
    ]);
  });
});
