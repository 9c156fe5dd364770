import { describe, expect, it } from 'vitest';
import type { ConsultationInput } from '../../../shared/consultations/consultation';
import { KENYA, useTempBackend } from '../test-support';

const tempBackend = useTempBackend();

const MATRIX_WORKSHOP = {
  title: 'Transition matrix validation',
  status: 'held',
  startDate: '2026-02-03',
  modality: 'in_person',
  purpose: 'transition_matrix',
} as const satisfies ConsultationInput;

/** Cropland (3) → grassland (2), as the decision and the picker name it. */
const CROPLAND_TO_GRASSLAND = 'national:3:2';

describe('decisions on a transition-matrix cell and on a land-use plan', () => {
  it('links a decision to a matrix cell by its classes, and still finds it after the matrix gets a new version', () => {
    const { ok } = tempBackend();
    ok('workspace.create', KENYA);
    const saved = ok('consultations.save', {
      ...MATRIX_WORKSHOP,
      decisions: [{ text: 'Abandoned cropland returning to grassland is an improvement', subjectType: 'transition_matrix_cell', subjectId: CROPLAND_TO_GRASSLAND }],
    });
    // The working group then edits that very cell: a new version with new cell rows.
    ok('baseline.saveTransitionCell', { initialCode: 3, finalCode: 2, meaning: 1, rationale: 'Workshop decision of 3 February' });
    const behind = ok('consultations.decisionsFor', { subjectType: 'transition_matrix_cell', subjectId: CROPLAND_TO_GRASSLAND });
    expect(behind.items.map((item) => [item.consultation.id, item.decisions.map((d) => d.text)])).toEqual([
      [saved.id, ['Abandoned cropland returning to grassland is an improvement']],
    ]);
    expect(ok('consultations.decisionsFor', { subjectType: 'transition_matrix_cell', subjectId: 'national:2:3' }).items).toEqual([]);
  });

  it("links a decision to a cell of a region's own matrix, and refuses it for a region that is gone or never was", () => {
    const { ok, fails } = tempBackend();
    ok('workspace.create', KENYA);
    const [coast, inland] = ok('baseline.saveRegions', { regions: [{ name: 'Coast', areaKm2: 69_140 }, { name: 'Inland', areaKm2: 500_000 }] }).regions;
    const coastCell = `region:${coast!.id}:3:2`;
    const decision = { text: 'On the coast, cropland returning to grassland is stable', subjectType: 'transition_matrix_cell', subjectId: coastCell } as const;
    const saved = ok('consultations.save', { ...MATRIX_WORKSHOP, decisions: [decision] });
    expect(ok('consultations.decisionsFor', { subjectType: 'transition_matrix_cell', subjectId: coastCell }).items[0]?.consultation.id).toBe(saved.id);
    // The same cell of the national matrix, or of another region, is another subject.
    expect(ok('consultations.decisionsFor', { subjectType: 'transition_matrix_cell', subjectId: CROPLAND_TO_GRASSLAND }).items).toEqual([]);

    ok('baseline.saveRegions', { regions: [{ id: inland!.id, name: 'Inland', areaKm2: 569_140 }] });
    const notFound = { code: 'not_found', details: { fields: [{ path: ['decisions', 0, 'subjectId'], messageKey: 'errors:consultations.subjectNotFound' }] } };
    expect(fails('consultations.save', { ...MATRIX_WORKSHOP, decisions: [decision] })).toMatchObject(notFound);
    const unknown = { ...decision, subjectId: 'region:01890000-0000-7000-8000-000000000000:3:2' };
    expect(fails('consultations.save', { ...MATRIX_WORKSHOP, decisions: [unknown] })).toMatchObject(notFound);
  });

  it('lists the decisions on any cell of the matrix when no cell is named, for the matrix screen', () => {
    const { ok } = tempBackend();
    ok('workspace.create', KENYA);
    ok('consultations.save', {
      ...MATRIX_WORKSHOP,
      decisions: [
        { text: 'Wetland drainage to cropland is degradation', subjectType: 'transition_matrix_cell', subjectId: 'national:4:3' },
        { text: 'Keep the GPG default otherwise' },
      ],
    });
    ok('consultations.save', { ...MATRIX_WORKSHOP, title: 'Follow-up', startDate: '2026-02-20', decisions: [{ text: 'Confirmed', subjectType: 'transition_matrix_cell', subjectId: CROPLAND_TO_GRASSLAND }] });
    const all = ok('consultations.decisionsFor', { subjectType: 'transition_matrix_cell' });
    expect(all.items.map((item) => [item.consultation.title, item.decisions.map((d) => d.subjectId)])).toEqual([
      ['Follow-up', [CROPLAND_TO_GRASSLAND]],
      ['Transition matrix validation', ['national:4:3']],
    ]);
  });

  it('links a decision to a land-use plan, and refuses the link once the plan is deleted', () => {
    const { ok, fails } = tempBackend();
    ok('workspace.create', KENYA);
    const plan = ok('plans.save', { name: 'Laikipia County Spatial Plan', level: 'subnational', status: 'under_consultation' });
    const decision = { text: 'Keep the wildlife corridor out of the agriculture zone', subjectType: 'land_use_plan', subjectId: plan.id } as const;
    const saved = ok('consultations.save', { ...MATRIX_WORKSHOP, purpose: 'land_use_planning', decisions: [decision] });
    expect(ok('consultations.decisionsFor', { subjectType: 'land_use_plan', subjectId: plan.id }).items[0]?.consultation.id).toBe(saved.id);
    ok('plans.delete', { id: plan.id });
    expect(fails('consultations.save', { ...MATRIX_WORKSHOP, decisions: [decision] }).details?.fields).toEqual([
      { path: ['decisions', 0, 'subjectId'], messageKey: 'errors:consultations.subjectNotFound' },
    ]);
  });
});

describe('editing outcomes in place', () => {
  it('updates an issue, a decision and a follow-up where they are, and the change log records each update', () => {
    const { ok } = tempBackend();
    ok('workspace.create', KENYA);
    const amina = ok('consultations.savePerson', { name: 'Amina Njoroge', sector: 'government', sex: 'female' });
    const first = ok('consultations.save', {
      ...MATRIX_WORKSHOP,
      contributions: [{ groupLabel: 'Pastoralists', issue: 'Rangeland shown as bare land' }],
      decisions: [{ text: 'Recheck bare land' }],
      actions: [{ description: 'Send the maps', ownerId: amina.id, dueDate: '2026-02-10' }],
    });
    const [issue, decision, action] = [first.contributions[0]!, first.decisions[0]!, first.actions[0]!];
    const edited = ok('consultations.save', {
      ...MATRIX_WORKSHOP,
      id: first.id,
      contributions: [{ id: issue.id, groupLabel: 'Pastoralists', issue: 'Rangeland shown as bare land', response: 'Checked with Landsat' }],
      decisions: [{ id: decision.id, text: 'Recheck bare land', subjectType: 'transition_matrix_cell', subjectId: 'national:2:6' }],
      actions: [{ id: action.id, description: 'Send the maps', ownerId: amina.id, dueDate: '2026-02-17' }],
    });
    expect([edited.contributions[0]?.id, edited.decisions[0]?.id, edited.actions[0]?.id]).toEqual([issue.id, decision.id, action.id]);
    const lastChange = (entity: 'contribution' | 'decision' | 'follow_up_action', entityId: string) =>
      ok('workspace.history', { entity, entityId }).entries[0];
    expect(lastChange('contribution', issue.id)).toMatchObject({ operation: 'update', changes: [{ field: 'response', before: null, after: 'Checked with Landsat' }] });
    expect(lastChange('decision', decision.id)).toMatchObject({ operation: 'update' });
    expect(lastChange('follow_up_action', action.id)).toMatchObject({ operation: 'update', changes: [{ field: 'dueDate', before: '2026-02-10', after: '2026-02-17' }] });
  });

  it('refuses an edit that breaks a row, on that row, and leaves every row as it was', () => {
    const { ok, fails } = tempBackend();
    ok('workspace.create', KENYA);
    const first = ok('consultations.save', { ...MATRIX_WORKSHOP, contributions: [{ groupLabel: 'Youth forum', issue: 'Charcoal' }], decisions: [{ text: 'A' }, { text: 'B' }] });
    const error = fails('consultations.save', {
      ...MATRIX_WORKSHOP,
      id: first.id,
      contributions: [{ id: first.contributions[0]!.id, issue: 'Charcoal' }],
      decisions: [{ id: first.decisions[0]!.id, text: 'A, edited' }, { id: first.decisions[1]!.id, text: 'B', subjectType: 'transition_matrix_cell', subjectId: 'national:9:1' }],
    });
    expect(error.details?.fields).toEqual([
      { path: ['contributions', 0, 'personId'], messageKey: 'errors:consultations.raisedByOne' },
      { path: ['decisions', 1, 'subjectId'], messageKey: 'errors:consultations.subjectNotFound' },
    ]);
    expect(ok('consultations.get', { id: first.id })).toEqual(first);
  });
});
