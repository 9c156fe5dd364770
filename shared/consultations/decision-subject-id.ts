import { z } from 'zod';
import { UNCCD_LAND_COVER_CODES } from '../baseline/classes';
import { entityId } from '../ids';
import type { SubjectType } from './codes';

/**
 * What a decision's `subjectId` holds. Records (land types, measures, targets, plans) are named by their
 * row id. A cell of a transition matrix is not: cells are rows of a matrix *version*, every edit and
 * every reset writes a new version with new rows, and the GPG default is not stored at all until the
 * first edit. A decision such as "cropland to grassland is an improvement here" is about the transition
 * itself and must still point at it after the next edit, so a cell is named by its matrix and classes:
 * `national:<initial class>:<final class>` (UNCCD codes 1–7) in the national matrix, and
 * `region:<region id>:<initial class>:<final class>` in the matrix of a transition region (SO1-1.T3).
 */
const MATRIX_CELL_ID = /^(?:national|region:([0-9a-f-]{36})):(\d):(\d)$/;

export interface MatrixCell {
  /** The transition region whose own matrix holds the cell; null for the national matrix. */
  regionId: string | null;
  initialCode: number;
  finalCode: number;
}

export function matrixCellSubjectId({ regionId, initialCode, finalCode }: MatrixCell): string {
  return `${regionId === null ? 'national' : `region:${regionId}`}:${initialCode}:${finalCode}`;
}

/** The cell a subject id names, or null when it is not a cell of a transition matrix. */
export function parseMatrixCellSubjectId(subjectId: string): MatrixCell | null {
  const match = MATRIX_CELL_ID.exec(subjectId);
  if (!match) return null;
  const [initialCode, finalCode] = [Number(match[2]), Number(match[3])];
  const known = (code: number) => (UNCCD_LAND_COVER_CODES as readonly number[]).includes(code);
  return known(initialCode) && known(finalCode) ? { regionId: match[1] ?? null, initialCode, finalCode } : null;
}

/** Long enough for any of the forms above; the format is checked against the subject type. */
export const decisionSubjectId = z.string().min(1).max(100);

/** Whether `subjectId` has the form its subject type uses (a record's id, or a matrix cell). */
export function isSubjectIdOfType(subjectType: SubjectType, subjectId: string): boolean {
  return subjectType === 'transition_matrix_cell' ? parseMatrixCellSubjectId(subjectId) !== null : entityId.safeParse(subjectId).success;
}
