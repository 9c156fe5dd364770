import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../../shared/contract';
import { useTempBackend } from '../test-support';
import { MISSING, targetsWorkspace } from './test-fixture';

const tempBackend = useTempBackend();
const fieldsOf = (error: { details?: { fields?: unknown } }) => error.details?.fields;

describe('measures of a target', () => {
  it('adds, edits, deletes and restores a measure, which the target and its rubric then show', () => {
    const { ok, restoration, forest } = targetsWorkspace(tempBackend);
    const target = ok('targets.save', restoration(120));
    // A reverse target without an expected gain is not yet LDN-consistent.
    expect(target.rubric.find((r) => r.criterion === 'ldn_consistent')?.reasons.map((r) => r.key)).toContain('targets:rubric.ldn_consistent.noExpectedGain');

    const measure = ok('targets.saveMeasure', {
      targetId: target.id,
      measureType: 'restoration',
      description: 'Assisted natural regeneration',
      hierarchyLevel: 'reverse',
      landTypeId: forest.id,
      expectedGainKm2: 90,
      effectivenessPercent: 80,
    });
    const withMeasure = ok('targets.get', { id: target.id });
    expect(withMeasure.measures).toEqual([measure]);
    expect(withMeasure.rubric.find((r) => r.criterion === 'ldn_consistent')?.reasons.map((r) => r.key)).not.toContain('targets:rubric.ldn_consistent.noExpectedGain');

    const edited = ok('targets.saveMeasure', { id: measure.id, targetId: target.id, measureType: 'slm', description: 'Agroforestry', hierarchyLevel: 'reduce' });
    expect(edited).toMatchObject({ description: 'Agroforestry', landTypeId: null, expectedGainKm2: null, effectivenessPercent: null });

    ok('targets.deleteMeasure', { id: measure.id });
    expect(ok('targets.get', { id: target.id }).measures).toEqual([]);
    expect(ok('targets.restoreMeasure', { id: measure.id })).toMatchObject({ id: measure.id, deletedAt: null, description: 'Agroforestry' });
  });

  it('refuses a measure of a missing target, on an unknown land type, or with an effectiveness above 100 %', () => {
    const { ok, fails, restoration } = targetsWorkspace(tempBackend);
    const target = ok('targets.save', restoration(120));
    const measure = { targetId: target.id, measureType: 'slm', description: 'Terracing', hierarchyLevel: 'reduce' } as const;
    expect(fieldsOf(fails('targets.saveMeasure', { ...measure, targetId: MISSING }))).toEqual([{ path: ['targetId'], messageKey: 'errors:targets.targetNotFound' }]);
    expect(fieldsOf(fails('targets.saveMeasure', { ...measure, landTypeId: MISSING }))).toEqual([{ path: ['landTypeId'], messageKey: 'errors:targets.landTypeNotFound' }]);
    expect(fieldsOf(fails('targets.saveMeasure', { ...measure, effectivenessPercent: 120 }))).toEqual([
      { path: ['effectivenessPercent'], messageKey: 'errors:targets.effectivenessRange' },
    ]);
    expect(fieldsOf(fails('targets.saveMeasure', { ...measure, expectedGainKm2: -4 }))).toEqual([
      { path: ['expectedGainKm2'], messageKey: 'errors:targets.valueNegative' },
    ]);
    expect(ok('targets.get', { id: target.id }).measures).toEqual([]);
  });
});

describe('implemented actions (SO1.IA.T1)', () => {
  it('links an action to targets, shows it on them, and drops a deleted target from its links until it is restored', () => {
    const { ok, national, restoration } = targetsWorkspace(tempBackend);
    const parent = ok('targets.save', national);
    const sub = ok('targets.save', restoration(120, parent.id));
    const form: CommandInput<'targets.saveAction'> = {
      description: 'Mau Forest rehabilitation project',
      locationName: 'Mau Forest Complex',
      startDate: '2021-03-01',
      areaKm2: 45,
      fundingSource: 'international_public',
      projectRef: 'GEF 10234',
      targetIds: [sub.id, parent.id],
    };
    const action = ok('targets.saveAction', form);
    expect(action).toMatchObject({ provenance: 'entered', targetIds: [parent.id, sub.id].sort() });
    expect(ok('targets.get', { id: sub.id }).actions.map((a) => a.id)).toEqual([action.id]);

    ok('targets.delete', { id: sub.id });
    expect(ok('targets.listActions', {}).items[0]!.targetIds).toEqual([parent.id]);
    ok('targets.restore', { id: sub.id });
    expect(ok('targets.listActions', {}).items[0]!.targetIds).toHaveLength(2);

    // An action without a target is allowed (PRAIS recommends a link, it does not require one).
    expect(ok('targets.saveAction', { ...form, id: action.id, targetIds: [] }).targetIds).toEqual([]);
  });

  it('deletes and restores an action with its links, and needs a revision note to edit a pre-filled one', () => {
    const { ok, fails, national } = targetsWorkspace(tempBackend);
    const target = ok('targets.save', national);
    const form: CommandInput<'targets.saveAction'> = {
      description: 'Great Green Wall, Turkana',
      startDate: '2019-06-01',
      fundingSource: 'mixed',
      provenance: 'prais4_2022',
      targetIds: [target.id],
    };
    const action = ok('targets.saveAction', form);
    ok('targets.deleteAction', { id: action.id });
    expect(ok('targets.listActions', {}).items).toEqual([]);
    expect(ok('targets.restoreAction', { id: action.id })).toMatchObject({ id: action.id, deletedAt: null, targetIds: [target.id] });

    expect(fieldsOf(fails('targets.saveAction', { ...form, id: action.id, areaKm2: 12 }))).toEqual([
      { path: ['revisionNote'], messageKey: 'errors:targets.actionRevisionNoteRequired' },
    ]);
    expect(fieldsOf(fails('targets.saveAction', { ...form, targetIds: [MISSING] }))).toEqual([{ path: ['targetIds', 0], messageKey: 'errors:targets.targetNotFound' }]);
    expect(ok('targets.saveAction', { ...form, id: action.id, areaKm2: 12, revisionNote: 'Area measured in 2025' })).toMatchObject({ areaKm2: 12, provenance: 'prais4_2022' });
  });
});
