import type { SubjectType } from '../../../shared/consultations/codes';

/**
 * The kinds of record a decision can be linked to in this version. The contract lists more
 * (transition-matrix cells, land-use plans), but the backend refuses them until their feature exists
 * (electron/backend/consultations/decision-subjects.ts), so offering them would only produce an error.
 * Add a type here when its feature lands, together with its picker in SubjectPicker.
 */
export const AVAILABLE_SUBJECT_TYPES = ['target', 'landtype', 'worksheet_measure'] as const satisfies readonly SubjectType[];
export type AvailableSubjectType = (typeof AVAILABLE_SUBJECT_TYPES)[number];
