import type { SubjectType } from '../../../shared/consultations/codes';
import { parseMatrixCellSubjectId } from '../../../shared/consultations/decision-subject-id';
import type { EntityName } from '../db/entities';
import { fieldError } from '../errors';
import type { OpenWorkspace } from '../workspace/open-workspace';

/**
 * The entity each subject type of a decision points into. A matrix cell is not a record but a key
 * (shared/consultations/decision-subject-id.ts), checked by its form and, in a region's matrix, its region.
 */
const SUBJECT_ENTITIES: Record<Exclude<SubjectType, 'transition_matrix_cell'>, EntityName> = {
  landtype: 'landtype',
  worksheet_measure: 'response_measure',
  target: 'target',
  land_use_plan: 'land_use_plan',
};

/** Refuses, on the decision's fields, a subject that does not exist (live) in this workspace. */
export function assertDecisionSubject(ws: OpenWorkspace, subjectType: SubjectType, subjectId: string, path: (string | number)[]): void {
  const notFound = () => fieldError('not_found', { path: [...path, 'subjectId'], messageKey: 'errors:consultations.subjectNotFound' });
  if (subjectType === 'transition_matrix_cell') {
    // Every cell of the seven UNCCD classes exists in every version of a matrix; a region's must be live.
    const cell = parseMatrixCellSubjectId(subjectId);
    if (cell === null || (cell.regionId !== null && !isLive(ws, 'transition_region', cell.regionId))) throw notFound();
    return;
  }
  if (!isLive(ws, SUBJECT_ENTITIES[subjectType], subjectId)) throw notFound();
}

const isLive = (ws: OpenWorkspace, entity: EntityName, id: string) => ws.mutator.find(entity, id)?.deletedAt === null;
