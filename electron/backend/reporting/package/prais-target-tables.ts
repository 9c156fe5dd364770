import { STRATEGIC_OBJECTIVES } from '../../../../shared/targets/codes';
import { liveRows } from '../../baseline/table-rows';
import type { OpenWorkspace } from '../../workspace/open-workspace';
import type { Cell, PackageTable } from './table';

/** Sets are rows (one per member); in a cell they read as one list joined by ";" in a stable order. */
function joinedBy<R extends { id: string }>(rows: readonly R[], key: (row: R) => string, value: (row: R) => string | number): Map<string, string> {
  const lists = new Map<string, (string | number)[]>();
  for (const row of rows) lists.set(key(row), [...(lists.get(key(row)) ?? []), value(row)]);
  return new Map([...lists].map(([k, values]) => [k, [...values].sort().join(';')]));
}

/**
 * The voluntary targets of each strategic objective (SO1-VT.T1 … SO4-VT.T1) and SO1's implemented
 * actions (SO1.IA.T1), with the fields the PRAIS forms name (domain-spec §1.7). `target_uid` and
 * `action_uid` join the rows to the features in spatial/.
 */
export function praisTargetTables(ws: OpenWorkspace): PackageTable[] {
  const targets = liveRows(ws, 'target');
  const types = joinedBy(liveRows(ws, 'target_hierarchy_type'), (r) => r.targetId, (r) => r.hierarchyType);
  const indicators = joinedBy(liveRows(ws, 'target_indicator'), (r) => r.targetId, (r) => r.indicator);
  const measures = joinedBy(liveRows(ws, 'target_measure'), (r) => r.targetId, (r) => r.description);
  const goals = joinedBy(liveRows(ws, 'commitment_link'), (r) => r.targetId, (r) => [r.framework, r.commitmentRef, r.targetNumber].filter(Boolean).join(':'));
  const actionTargets = joinedBy(liveRows(ws, 'action_target'), (r) => r.actionId, (r) => r.targetId);
  const targetTables = STRATEGIC_OBJECTIVES.map(
    (so): PackageTable => ({
      id: `${so}-VT.T1`,
      slug: 'voluntary_targets',
      columns: [
        'target_uid',
        'parent_target_uid',
        'target',
        'level_of_application',
        'location',
        'total_target_area_km2',
        'expected_year',
        'status',
        'achieved_year',
        'type_of_intervention',
        'indicators',
        'measures',
        'other_goals',
        'adopting_body',
        'endorsement_status',
        'provenance',
        'revision_text',
      ],
      rows: targets
        .filter((t) => t.strategicObjective === so)
        .map((t): Cell[] => [
          t.id,
          t.parentTargetId,
          t.text,
          t.level,
          t.locationName,
          t.targetAreaKm2,
          t.targetYear,
          t.status,
          t.achievedYear,
          types.get(t.id) ?? null,
          indicators.get(t.id) ?? null,
          measures.get(t.id) ?? null,
          goals.get(t.id) ?? null,
          t.adoptingBody,
          t.endorsementStatus,
          t.provenance,
          t.revisionNote,
        ]),
    }),
  );
  return [
    ...targetTables,
    {
      id: 'SO1.IA.T1',
      slug: 'implemented_actions',
      columns: ['action_uid', 'description', 'location', 'start_date', 'area_km2', 'source_of_funding', 'project_ref', 'target_uids', 'provenance', 'revision_text'],
      rows: liveRows(ws, 'implemented_action').map((a) => [
        a.id,
        a.description,
        a.locationName,
        a.startDate,
        a.areaKm2,
        a.fundingSource,
        a.projectRef,
        actionTargets.get(a.id) ?? null,
        a.provenance,
        a.revisionNote,
      ]),
    },
  ];
}
