import { z } from 'zod';
import { UNCCD_LAND_COVER_CODES } from '../baseline/classes';
import { entityId } from '../ids';
import type { SubjectType } from './codes';

/**
 * What a decision's `subjectId` holds. Records (land types, measures, targets, plans) are named by their
 * row id. A cell of the transition matrix is not: cells are rows of a matrix *version*, every edit and
 * every reset writes a new version with new rows, and the GPG default is not stored at all until the
 * first edit. A decision such as "cropland to grassland is an improvement here" is about the transition
 * itself and must still point at it after the next edit, so a cell is named by its classes:
 * `national:<initial class>:<final class>` (UNCCD codes 1–7) in the national matrix. The `national:`
 * prefix leaves room for a region's matrix (`region:<id>:…`) without changing what is stored today.
 */
const MATRIX_CELL_ID = /^national:(\d):(\d)$/;

export interface MatrixCell {
  initialCode: number;
  finalCode: number;
}

export function matrixCellSubjectId({ initialCode, finalCode }: MatrixCell): string {
  return `national:${initialCode}:${finalCode}`;
}

/** The cell a subject id names, or null when it is not a cell of the national matrix. */
export function parseMatrixCellSubjectId(subjectId: string): MatrixCell | null {
  const match = MATRIX_CELL_ID.exec(subjectId);
  if (!match) return null;
  const [initialCode, finalCode] = [Number(match[1]), Number(match[2])];
  const known = (code: number) => (UNCCD_LAND_COVER_CODES as readonly number[]).includes(code);
  return known(initialCode) && known(finalCode) ? { initialCode, finalCode } : null;
}

/** Long enough for any of the forms above; the format is checked against the subject type. */
export const decisionSubjectId = z.string().min(1).max(100);

/** Whether `subjectId` has the form its subject type uses (a record's id, or a matrix cell). */
export function isSubjectIdOfType(subjectType: SubjectType, subjectId: string): boolean {
  return subjectType === 'transition_matrix_cell' ? parseMatrixCellSubjectId(subjectId) !== null : entityId.safeParse(subjectId).success;
}
