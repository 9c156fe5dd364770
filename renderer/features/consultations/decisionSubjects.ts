import type { SubjectType } from '../../../shared/consultations/codes';

/** The kinds of record a decision can be linked to, in the order the subject picker offers them. */
export const PICKER_SUBJECT_TYPES = ['target', 'landtype', 'worksheet_measure', 'transition_matrix_cell', 'land_use_plan'] as const satisfies readonly SubjectType[];
