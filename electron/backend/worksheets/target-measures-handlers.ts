import { RESPONSE_LEVELS, type ResponseLevel } from '../../../shared/worksheets/schema';
import type { MeasureForTarget } from '../../../shared/worksheets/target-measures';
import type { Handlers } from '../handler-types';
import { requireLive } from '../targets/repository';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { listScenarios } from './repository';

interface LinkedMeasureRow {
  measureId: string;
  description: string;
  level: ResponseLevel;
  areaKm2: number;
  startYear: number;
  endYear: number;
  scenarioId: string;
  landTypeId: string;
  landTypeCode: string;
  landTypeName: string;
}

export const targetMeasuresHandlers: Handlers<'worksheets.measuresForTarget'> = {
  'worksheets.measuresForTarget': ({ targetId }, session) => {
    const ws = session.workspace();
    requireLive(ws, 'target', targetId, ['targetId'], 'errors:targets.targetNotFound');
    // The live scenarios in the worksheets' own order: business as usual first, then as they were made.
    const scenarios = new Map(listScenarios(ws).map((scenario, rank) => [scenario.id, { scenario, rank }]));
    const rankOf = (row: LinkedMeasureRow) => scenarios.get(row.scenarioId)!.rank;
    // A stable sort: within a scenario the rows keep the query's land type and level order.
    const rows = linkedMeasureRows(ws, targetId)
      .filter((row) => scenarios.has(row.scenarioId))
      .sort((a, b) => rankOf(a) - rankOf(b));
    return {
      items: rows.map(({ scenarioId, landTypeId, landTypeCode, landTypeName, ...measure }): MeasureForTarget => ({
        ...measure,
        scenario: scenarios.get(scenarioId)!.scenario,
        landType: { id: landTypeId, code: landTypeCode, name: landTypeName },
      })),
    };
  },
};

/** The live measures on live land types with a live link to the target; the caller drops those of deleted scenarios. */
function linkedMeasureRows(ws: OpenWorkspace, targetId: string): LinkedMeasureRow[] {
  const levelOrder = `CASE m.level ${RESPONSE_LEVELS.map((level, index) => `WHEN '${level}' THEN ${index}`).join(' ')} END`;
  return ws.db
    .prepare(
      `SELECT m.id AS measureId, m.description, m.level, m.area_km2 AS areaKm2, m.start_year AS startYear,
              m.end_year AS endYear, m.scenario_id AS scenarioId,
              l.id AS landTypeId, l.code AS landTypeCode, l.name AS landTypeName
         FROM response_measure_target link
         JOIN response_measure m ON m.id = link.measure_id AND m.deleted_at IS NULL
         JOIN landtype l ON l.id = m.land_type_id AND l.deleted_at IS NULL
        WHERE link.target_id = ? AND link.deleted_at IS NULL
        ORDER BY l.code, l.id, ${levelOrder}, m.id`,
    )
    .all(targetId) as LinkedMeasureRow[];
}
