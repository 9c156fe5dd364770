import { describe, expect, it } from 'vitest';
import { useTempBackend } from '../test-support';
import { MISSING, targetsWorkspace } from './test-fixture';

const tempBackend = useTempBackend();
const fieldsOf = (error: { details?: { fields?: unknown } }) => error.details?.fields;

describe('targets', () => {
  it('saves a national target with its sets and reads it back in code-list order, with its rubric', () => {
    const { ok, national, forest, cropland } = targetsWorkspace(tempBackend);
    const saved = ok('targets.save', { ...national, hierarchyTypes: ['reverse', 'avoid'], gapPriorityAreas: ['participation'] });
    expect(saved).toMatchObject({
      text: 'Achieve LDN by 2030 compared to the 2015 baseline',
      level: 'national',
      strategicObjective: 'SO1',
      status: 'not_started',
      endorsementStatus: 'draft',
      provenance: 'entered',
      hierarchyTypes: ['avoid', 'reverse'],
      indicators: ['sdg_15_3_1'],
      landTypeIds: [forest.id, cropland.id],
      gapPriorityAreas: ['participation'],
      targetAreaKm2: null,
      subTargets: [],
      measures: [],
      links: [],
      decisions: [],
    });
    expect(saved.rubric.find((r) => r.criterion === 'time_bound')).toEqual({
      criterion: 'time_bound',
      grade: 'partial',
      reasons: [{ key: 'targets:rubric.time_bound.noStartYear', path: ['startYear'] }],
    });
    expect(ok('targets.get', { id: saved.id })).toEqual(saved);
    const [item] = ok('targets.list', {}).items;
    expect(item).toMatchObject({ id: saved.id, subTargetCount: 0, measureCount: 0, linkCount: 0, rubric: saved.rubric });
  });

  it('replaces the sets and milestones on edit, and shows every change in the target history', () => {
    const { ok, national, forest } = targetsWorkspace(tempBackend);
    const first = ok('targets.save', { ...national, milestones: [{ year: 2025, value: 0 }] });
    const edited = ok('targets.save', {
      ...national,
      id: first.id,
      hierarchyTypes: ['avoid'],
      landTypeIds: [forest.id],
      startYear: 2020,
      milestones: [{ year: 2025, value: 1 }, { year: 2028, value: 2 }],
    });
    expect(edited).toMatchObject({ hierarchyTypes: ['avoid'], landTypeIds: [forest.id], startYear: 2020, milestones: [{ year: 2025, value: 1 }, { year: 2028, value: 2 }] });

    const { entries } = ok('targets.history', { id: first.id });
    const changes = entries.flatMap((e) => e.changes.map((c) => [e.entity, e.operation, c.field, c.before, c.after]));
    expect(changes).toEqual(
      expect.arrayContaining([
        ['target', 'update', 'startYear', null, 2020],
        ['target_hierarchy_type', 'delete', 'deletedAt', null, expect.any(String)],
        ['target_land_type', 'delete', 'deletedAt', null, expect.any(String)],
        ['target_milestone', 'update', 'value', 0, 1],
        ['target_milestone', 'insert', 'year', null, 2028],
        ['target', 'insert', 'text', null, national.text],
      ]),
    );
    // Newest first, and nothing of another target.
    expect(entries[entries.length - 1]).toMatchObject({ entity: 'target', operation: 'insert', entityId: first.id });
    const other = ok('targets.save', { ...national, text: 'Another target' });
    expect(ok('targets.history', { id: first.id }).entries.some((e) => e.entityId === other.id)).toBe(false);

    // Paged like the workspace history: page after page gives the same entries, oldest last.
    const firstPage = ok('targets.history', { id: first.id, limit: 3 });
    const secondPage = ok('targets.history', { id: first.id, limit: 500, before: firstPage.nextBefore! });
    expect([...firstPage.entries, ...secondPage.entries]).toEqual(ok('targets.history', { id: first.id }).entries);
    expect(secondPage.nextBefore).toBeNull();
  });

  it('keeps sub-targets one level under a national target', () => {
    const { ok, fails, national, restoration } = targetsWorkspace(tempBackend);
    const parent = ok('targets.save', national);
    const east = ok('targets.save', restoration(120, parent.id));
    const west = ok('targets.save', { ...restoration(80, parent.id), text: 'Rehabilitate 80 km² of cropland in the west by 2030' });

    expect(ok('targets.get', { id: parent.id }).subTargets.map((t) => t.id)).toEqual([east.id, west.id]);
    expect(ok('targets.list', { parentTargetId: parent.id }).items).toHaveLength(2);
    expect(ok('targets.list', {}).items.find((t) => t.id === parent.id)?.subTargetCount).toBe(2);

    expect(fieldsOf(fails('targets.save', restoration(10, east.id)))).toEqual([{ path: ['parentTargetId'], messageKey: 'errors:targets.parentIsSubTarget' }]);
    const subnational = ok('targets.save', restoration(5));
    expect(fieldsOf(fails('targets.save', restoration(10, subnational.id)))).toEqual([
      { path: ['parentTargetId'], messageKey: 'errors:targets.parentNotNational' },
    ]);
    expect(fieldsOf(fails('targets.save', { ...restoration(10, MISSING) }))).toEqual([{ path: ['parentTargetId'], messageKey: 'errors:targets.parentNotFound' }]);
    expect(fieldsOf(fails('targets.save', { ...national, id: parent.id, level: 'subnational' }))).toEqual([
      { path: ['level'], messageKey: 'errors:targets.parentMustStayNational' },
    ]);
    expect(fieldsOf(fails('targets.save', { ...national, id: parent.id, parentTargetId: parent.id }))).toEqual([
      { path: ['parentTargetId'], messageKey: 'errors:targets.parentIsSelf' },
    ]);
  });

  it('refuses to delete a target with live sub-targets, and restores a sub-target only under a live parent', () => {
    const { ok, fails, national, restoration } = targetsWorkspace(tempBackend);
    const parent = ok('targets.save', national);
    const sub = ok('targets.save', restoration(120, parent.id));
    expect(fails('targets.delete', { id: parent.id })).toMatchObject({ code: 'conflict', messageKey: 'errors:targets.hasSubTargets' });

    ok('targets.delete', { id: sub.id });
    ok('targets.delete', { id: parent.id });
    expect(ok('targets.list', {}).items).toEqual([]);
    expect(ok('targets.list', { includeDeleted: true }).items).toHaveLength(2);
    expect(fieldsOf(fails('targets.restore', { id: sub.id }))).toEqual([{ path: ['parentTargetId'], messageKey: 'errors:targets.parentDeleted' }]);

    expect(ok('targets.restore', { id: parent.id })).toMatchObject({ id: parent.id, deletedAt: null });
    expect(ok('targets.restore', { id: sub.id })).toMatchObject({ id: sub.id, deletedAt: null, targetValue: 120 });
    expect(ok('targets.history', { id: sub.id }).entries.slice(0, 2).map((e) => e.operation)).toEqual(['restore', 'delete']);
  });

  it('brings a restored target back with its measures and links', () => {
    const { ok, restoration, forest } = targetsWorkspace(tempBackend);
    const target = ok('targets.save', restoration(120));
    ok('targets.saveMeasure', { targetId: target.id, measureType: 'restoration', description: 'Enrichment planting', hierarchyLevel: 'reverse', landTypeId: forest.id, expectedGainKm2: 90 });
    ok('targets.saveLink', { targetId: target.id, framework: 'afr100', commitmentRef: 'AFR100 Kenya', relation: 'overlapping_area', sharedAreaKm2: 50 });
    ok('targets.delete', { id: target.id });
    ok('targets.restore', { id: target.id });
    const back = ok('targets.get', { id: target.id });
    expect(back.measures.map((m) => m.description)).toEqual(['Enrichment planting']);
    expect(back.links.map((l) => l.commitmentRef)).toEqual(['AFR100 Kenya']);
  });

  it('asks for a revision note to edit a target pre-filled from an earlier report, and keeps its provenance', () => {
    const { ok, fails, national } = targetsWorkspace(tempBackend);
    const prefilled = ok('targets.save', { ...national, provenance: 'prais4_2022', text: 'Increase forest cover by 20 % by 2030' });
    const revise = { ...national, id: prefilled.id, text: 'Increase forest cover by the remaining 15 % by 2030' };

    expect(fails('targets.save', revise)).toMatchObject({
      code: 'validation',
      details: { fields: [{ path: ['revisionNote'], messageKey: 'errors:targets.revisionNoteRequired' }] },
    });
    expect(ok('targets.get', { id: prefilled.id }).text).toBe('Increase forest cover by 20 % by 2030');

    const revised = ok('targets.save', { ...revise, revisionNote: '5 % already achieved by 2022; the target is the remaining 15 %.' });
    expect(revised).toMatchObject({ text: revise.text, provenance: 'prais4_2022', revisionNote: '5 % already achieved by 2022; the target is the remaining 15 %.' });
    // A target entered here is edited freely.
    const entered = ok('targets.save', national);
    expect(ok('targets.save', { ...national, id: entered.id, startYear: 2020 }).startYear).toBe(2020);
  });

  it.each([
    ['a target year before the baseline year', { baselineYear: 2015, targetYear: 2012 }, ['targetYear'], 'errors:targets.targetYearBeforeBaseline'],
    ['a negative value', { targetValue: -120 }, ['targetValue'], 'errors:targets.valueNegative'],
    ['a unit that does not fit the indicator', { targetUnit: 'pct_per_year', targetValue: 1 }, ['targetUnit'], 'errors:targets.unitNotForIndicator'],
    ['a national target with an area', { level: 'national', locationName: undefined }, ['targetAreaKm2'], 'errors:targets.nationalHasNoArea'],
    ['a share above 100 %', { targetUnit: 'pct_area', targetValue: 120 }, ['targetValue'], 'errors:targets.shareAbove100'],
  ])('refuses %s at the field and writes nothing', (_, change, path, messageKey) => {
    const { ok, fails, restoration } = targetsWorkspace(tempBackend);
    expect(fails('targets.save', { ...restoration(120), ...change })).toMatchObject({ code: 'validation', details: { fields: [{ path, messageKey }] } });
    expect(ok('targets.list', { includeDeleted: true }).items).toEqual([]);
    expect(ok('workspace.history', { entity: 'target' }).entries).toEqual([]);
  });

  it('refuses a land type that does not exist, and writes nothing', () => {
    const { ok, fails, national, forest } = targetsWorkspace(tempBackend);
    expect(fieldsOf(fails('targets.save', { ...national, landTypeIds: [forest.id, MISSING] }))).toEqual([
      { path: ['landTypeIds', 1], messageKey: 'errors:targets.landTypeNotFound' },
    ]);
    expect(ok('workspace.history', { entity: 'target_land_type' }).entries).toEqual([]);
    expect(fieldsOf(fails('targets.get', { id: MISSING }))).toEqual([{ path: ['id'], messageKey: 'errors:targets.targetNotFound' }]);
  });

  it('shows the consultation decisions that shaped the target', () => {
    const { ok, national } = targetsWorkspace(tempBackend);
    const target = ok('targets.save', national);
    const workshop = ok('consultations.save', {
      title: 'Target-setting workshop, Nakuru',
      status: 'held',
      startDate: '2026-05-12',
      modality: 'in_person',
      purpose: 'target_setting',
      decisions: [
        { text: 'Adopt 2030 as the target year', subjectType: 'target', subjectId: target.id, dissent: 'Pastoralist delegates asked for 2035' },
        { text: 'Meet again in June' },
      ],
    });
    const { decisions } = ok('targets.get', { id: target.id });
    expect(decisions).toHaveLength(1);
    expect(decisions[0]!.consultation.id).toBe(workshop.id);
    expect(decisions[0]!.decisions.map((d) => [d.text, d.dissent])).toEqual([['Adopt 2030 as the target year', 'Pastoralist delegates asked for 2035']]);
  });
});
