import { z } from 'zod';

/**
 * Code lists of the stakeholder register (domain-spec §7.4, issue 6). Codes in data, labels in locales;
 * each list ends with a code for "not said", so that nobody has to disclose anything to be counted.
 */

/** The sector a person takes part for. IPLC and youth are also flags on the person: a farmer can be young. */
export const SECTORS = [
  'government',
  'statistics_office',
  'research',
  'cso',
  'private',
  'iplc',
  'womens_group',
  'youth',
  'farmers_organisation',
  'other',
] as const;
export const sector = z.enum(SECTORS);
export type Sector = z.infer<typeof sector>;

export const SEXES = ['female', 'male', 'other', 'undisclosed'] as const;
export const sex = z.enum(SEXES);
export type Sex = z.infer<typeof sex>;

/**
 * Age bands, in years at the time of recording. The bands follow common UN survey cut-offs; "youth" is a
 * separate flag because its definition differs (UN: 15–24, African Youth Charter: 15–35).
 */
export const AGE_BANDS = ['under_18', '18_24', '25_34', '35_49', '50_64', '65_plus', 'undisclosed'] as const;
export const ageBand = z.enum(AGE_BANDS);
export type AgeBand = z.infer<typeof ageBand>;

/**
 * What the person agreed to, each level including the ones before it:
 * - `counts_only`: only to be counted (sex, age band, sector, flags); no name or contact kept;
 * - `register`: name and organisation kept in the register and attendance lists;
 * - `contact`: as `register`, and may be contacted (email, phone);
 * - `named_in_reports`: as `contact`, and may be named in minutes and reports.
 */
export const CONSENT_SCOPES = ['counts_only', 'register', 'contact', 'named_in_reports'] as const;
export const consentScope = z.enum(CONSENT_SCOPES);
export type ConsentScope = z.infer<typeof consentScope>;

export const MODALITIES = ['in_person', 'remote', 'hybrid'] as const;
export const modality = z.enum(MODALITIES);

/** What a consultation was for: the steps of the LDN process it served (domain-spec §7.4, issue 6). */
export const PURPOSES = [
  'process_identification',
  'land_cover_legend',
  'transition_matrix',
  'false_positives_negatives',
  'hotspots',
  'target_setting',
  'land_use_planning',
  'validation',
  'other',
] as const;
export const purpose = z.enum(PURPOSES);

/** A consultation is planned until it has taken place; only a held one counts in the roll-ups. */
export const CONSULTATION_STATUSES = ['planned', 'held'] as const;
export const consultationStatus = z.enum(CONSULTATION_STATUSES);

/**
 * What a decision can have shaped: a land type, a response measure of the worksheets, an LDN target, a
 * cell of the national transition matrix (named by its classes, decision-subject-id.ts) or a land-use plan.
 */
export const SUBJECT_TYPES = ['landtype', 'worksheet_measure', 'target', 'transition_matrix_cell', 'land_use_plan'] as const;
export const subjectType = z.enum(SUBJECT_TYPES);
export type SubjectType = z.infer<typeof subjectType>;
