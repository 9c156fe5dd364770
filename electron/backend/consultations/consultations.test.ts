import { describe, expect, it } from 'vitest';
import type { ConsultationInput } from '../../../shared/consultations/consultation';
import { KENYA, useTempBackend } from '../test-support';

const tempBackend = useTempBackend();
const UNKNOWN_ID = '01890a5d-ac96-774b-bcce-b302099a8057';

function withRegister() {
  const backend = tempBackend();
  backend.ok('workspace.create', KENYA);
  const forest = backend.ok('landtypes.save', { code: 'F1', name: 'Forest, humid' });
  const amina = backend.ok('consultations.savePerson', { name: 'Amina Njoroge', sector: 'government', sex: 'female' });
  const otieno = backend.ok('consultations.savePerson', { name: 'Otieno Ouma', sector: 'farmers_organisation', sex: 'male' });
  return { ...backend, forest, amina, otieno };
}

const LEGEND_WORKSHOP = {
  title: 'Land-cover legend workshop',
  status: 'held',
  startDate: '2026-03-10',
  endDate: '2026-03-11',
  place: 'Naivasha',
  modality: 'hybrid',
  purpose: 'land_cover_legend',
  facilitator: 'KEFRI',
} as const satisfies ConsultationInput;

describe('consultations', () => {
  it('records a consultation with its outcomes, and reads it back', () => {
    const { ok, forest, amina, otieno } = withRegister();
    const saved = ok('consultations.save', {
      ...LEGEND_WORKSHOP,
      contributions: [
        { personId: otieno.id, issue: 'Shamba system plots are mapped as cropland', response: 'Checked against field data' },
        { groupLabel: 'Women farmers of Laikipia', issue: 'Fuelwood access' },
      ],
      decisions: [{ text: 'Keep humid forest as one land type', dissent: 'KFS preferred two classes', subjectType: 'landtype', subjectId: forest.id }],
      actions: [{ description: 'Circulate the revised legend', ownerId: amina.id, dueDate: '2026-04-01' }],
    });
    expect(saved).toMatchObject({ title: 'Land-cover legend workshop', endDate: '2026-03-11', agenda: null, attendees: [] });
    expect(saved.contributions.map((c) => [c.personId, c.groupLabel])).toEqual([
      [otieno.id, null],
      [null, 'Women farmers of Laikipia'],
    ]);
    expect(saved.decisions[0]).toMatchObject({ subjectType: 'landtype', subjectId: forest.id, dissent: 'KFS preferred two classes' });
    expect(saved.actions[0]).toMatchObject({ ownerId: amina.id, dueDate: '2026-04-01', completedDate: null });
    expect(ok('consultations.get', { id: saved.id })).toEqual(saved);
    expect(ok('consultations.list', {}).items.map((c) => c.id)).toEqual([saved.id]);
  });

  it('saves outcomes as rows: kept ones updated, new ones added, left-out ones deleted', () => {
    const { ok, amina } = withRegister();
    const first = ok('consultations.save', {
      ...LEGEND_WORKSHOP,
      decisions: [{ text: 'Adopt the IPCC classes' }, { text: 'Meet again in May' }],
      actions: [{ description: 'Send the minutes', ownerId: amina.id, dueDate: '2026-03-20' }],
    });
    const [adopt] = first.decisions;
    const again = ok('consultations.save', {
      ...LEGEND_WORKSHOP,
      id: first.id,
      decisions: [{ id: adopt!.id, text: 'Adopt the IPCC classes, with wetlands split' }, { text: 'Validate in June' }],
      actions: [],
    });
    expect(again.decisions.map((d) => [d.id === adopt!.id, d.text])).toEqual([
      [true, 'Adopt the IPCC classes, with wetlands split'],
      [false, 'Validate in June'],
    ]);
    expect(again.actions).toEqual([]);
    expect(ok('workspace.history', { entity: 'decision', entityId: first.decisions[1]!.id }).entries[0]).toMatchObject({ operation: 'delete' });
  });

  it('records attendance as one row per person, restored rather than duplicated when someone is added back', () => {
    const { ok, amina, otieno } = withRegister();
    const { id } = ok('consultations.save', LEGEND_WORKSHOP);
    expect(ok('consultations.setAttendance', { consultationId: id, personIds: [otieno.id, amina.id] }).attendees.map((p) => p.name)).toEqual([
      'Amina Njoroge',
      'Otieno Ouma',
    ]);
    ok('consultations.setAttendance', { consultationId: id, personIds: [amina.id] });
    const back = ok('consultations.setAttendance', { consultationId: id, personIds: [amina.id, otieno.id] });
    expect(back.attendees).toHaveLength(2);
    const attendanceRows = ok('workspace.history', { entity: 'attendance' }).entries;
    expect(attendanceRows.map((e) => e.operation)).toEqual(['restore', 'delete', 'insert', 'insert']);
  });

  it('keeps an erased attendee in the attendance, unnamed', () => {
    const { ok, amina } = withRegister();
    const { id } = ok('consultations.save', LEGEND_WORKSHOP);
    ok('consultations.setAttendance', { consultationId: id, personIds: [amina.id] });
    ok('consultations.erasePerson', { id: amina.id });
    expect(ok('consultations.get', { id }).attendees).toMatchObject([{ id: amina.id, name: null, sex: 'female', sector: 'government' }]);
  });

  it('deletes as a tombstone that restore undoes, with outcomes and attendance intact', () => {
    const { ok, fails, amina } = withRegister();
    const saved = ok('consultations.save', { ...LEGEND_WORKSHOP, decisions: [{ text: 'Adopt the legend' }] });
    const attended = ok('consultations.setAttendance', { consultationId: saved.id, personIds: [amina.id] });
    ok('consultations.delete', { id: saved.id });
    expect(ok('consultations.list', {}).items).toEqual([]);
    expect(fails('consultations.get', { id: saved.id }).code).toBe('not_found');
    expect(ok('consultations.restore', { id: saved.id }).deletedAt).toBeNull();
    expect(ok('consultations.get', { id: saved.id })).toMatchObject({ decisions: attended.decisions, attendees: attended.attendees });
  });
});

describe('consultations: bad input', () => {
  const fieldsOf = (error: { details?: { fields?: unknown[] } }) => error.details?.fields;

  it('refuses a held consultation dated in the future, and an end before the start, on the date fields', () => {
    const { ok, fails } = withRegister();
    expect(fieldsOf(fails('consultations.save', { ...LEGEND_WORKSHOP, startDate: '2999-01-01', endDate: '2999-01-02' }))).toEqual([
      { path: ['startDate'], messageKey: 'errors:consultations.dateInFuture' },
      { path: ['endDate'], messageKey: 'errors:consultations.dateInFuture' },
    ]);
    expect(fieldsOf(fails('consultations.save', { ...LEGEND_WORKSHOP, endDate: '2026-03-09' }))).toEqual([
      { path: ['endDate'], messageKey: 'errors:consultations.endBeforeStart' },
    ]);
    // A planned one may lie ahead.
    expect(ok('consultations.save', { ...LEGEND_WORKSHOP, status: 'planned', startDate: '2999-01-01', endDate: undefined }).status).toBe('planned');
  });

  it('refuses unknown codes, empty titles and outcomes without an author or with half a link, on their paths', () => {
    const { fails } = withRegister();
    const error = fails('consultations.save', {
      ...LEGEND_WORKSHOP,
      title: ' ',
      modality: 'by_post',
      purpose: 'picnic',
      contributions: [{ issue: 'Who said this?' }],
      decisions: [{ text: 'Linked to nothing', subjectType: 'landtype' }],
    });
    expect(fieldsOf(error)).toEqual([
      { path: ['title'], messageKey: 'errors:field.required' },
      { path: ['modality'], messageKey: 'errors:field.notAllowed' },
      { path: ['purpose'], messageKey: 'errors:field.notAllowed' },
      { path: ['contributions', 0, 'personId'], messageKey: 'errors:consultations.raisedByOne' },
      { path: ['decisions', 0, 'subjectId'], messageKey: 'errors:consultations.subjectIncomplete' },
    ]);
  });

  it('refuses links to records that do not exist, and matrix cells outside the UNCCD classes, and writes nothing', () => {
    const { ok, fails, forest } = withRegister();
    const save = (decision: object, more: object = {}) => fails('consultations.save', { ...LEGEND_WORKSHOP, decisions: [decision], ...more });
    const notFound = [{ path: ['decisions', 0, 'subjectId'], messageKey: 'errors:consultations.subjectNotFound' }];
    expect(fieldsOf(save({ text: 'x', subjectType: 'landtype', subjectId: UNKNOWN_ID }))).toEqual(notFound);
    // A land type's id is not a plan's.
    expect(fieldsOf(save({ text: 'x', subjectType: 'land_use_plan', subjectId: forest.id }))).toEqual(notFound);
    expect(fieldsOf(save({ text: 'x', subjectType: 'transition_matrix_cell', subjectId: 'national:3:8' }))).toEqual(notFound);
    expect(fieldsOf(save({ text: 'x', subjectType: 'transition_matrix_cell', subjectId: forest.id }))).toEqual(notFound);
    expect(fieldsOf(save({ text: 'x', subjectType: 'target', subjectId: 'national:3:1' }))).toEqual(notFound);
    expect(fieldsOf(save({ text: 'x' }, { actions: [{ description: 'y', ownerId: UNKNOWN_ID, dueDate: '2026-04-01' }] }))).toEqual([
      { path: ['actions', 0, 'ownerId'], messageKey: 'errors:consultations.personNotFound' },
    ]);
    expect(fieldsOf(save({ id: UNKNOWN_ID, text: 'x' }))).toEqual([{ path: ['decisions', 0, 'id'], messageKey: 'errors:consultations.outcomeNotFound' }]);
    expect(ok('consultations.list', { includeDeleted: true }).items).toEqual([]);
    expect(ok('workspace.history', { entity: 'consultation' }).entries).toEqual([]);
  });

  it('refuses attendance of unknown people or the same person twice, and leaves the attendance as it was', () => {
    const { ok, fails, amina } = withRegister();
    const { id } = ok('consultations.save', LEGEND_WORKSHOP);
    ok('consultations.setAttendance', { consultationId: id, personIds: [amina.id] });
    expect(fieldsOf(fails('consultations.setAttendance', { consultationId: id, personIds: [UNKNOWN_ID] }))).toEqual([
      { path: ['personIds', 0], messageKey: 'errors:consultations.personNotFound' },
    ]);
    expect(fieldsOf(fails('consultations.setAttendance', { consultationId: id, personIds: [amina.id, amina.id] }))).toEqual([
      { path: ['personIds'], messageKey: 'errors:consultations.attendeeRepeated' },
    ]);
    expect(fieldsOf(fails('consultations.setAttendance', { consultationId: UNKNOWN_ID, personIds: [] }))).toEqual([
      { path: ['consultationId'], messageKey: 'errors:consultations.consultationNotFound' },
    ]);
    expect(ok('consultations.get', { id }).attendees.map((p) => p.id)).toEqual([amina.id]);
  });
});
