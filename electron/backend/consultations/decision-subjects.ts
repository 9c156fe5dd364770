import type { SubjectType } from '../../../shared/consultations/codes';
import type { EntityName } from '../db/entities';
import { fieldError } from '../errors';
import type { OpenWorkspace } from '../workspace/open-workspace';

/**
 * The entity each subject type of a decision points into. Types whose feature has not landed yet map to
 * null and are refused: a link that cannot be checked could point at nothing, and once the table exists
 * it would be too late to find out. Adding the feature means adding its entity here, nothing else.
 */
const SUBJECT_ENTITIES: Record<SubjectType, EntityName | null> = {
  landtype: 'landtype',
  worksheet_measure: 'response_measure',
  target: 'target',
  transition_matrix_cell: null,
  land_use_plan: null,
};

/** Refuses, on the decision's fields, a subject that does not exist (live) in this workspace. */
export function assertDecisionSubject(ws: OpenWorkspace, subjectType: SubjectType, subjectId: string, path: (string | number)[]): void {
  const entity = SUBJECT_ENTITIES[subjectType];
  if (entity === null) {
    throw fieldError('unsupported', { path: [...path, 'subjectType'], messageKey: 'errors:consultations.subjectTypeNotYet' });
  }
  const record = ws.mutator.find(entity, subjectId);
  if (!record || record.deletedAt !== null) {
    throw fieldError('not_found', { path: [...path, 'subjectId'], messageKey: 'errors:consultations.subjectNotFound' });
  }
}
