import { z } from 'zod';
import { entityId, timestamp } from '../ids';

/**
 * The parts of the report a validation issue belongs to; the checklist groups issues by them, in this
 * order (the order of the PRAIS forms: country profile, SO1 tables, targets and actions, then metadata).
 */
export const VALIDATION_SECTIONS = ['landArea', 'baseline', 'regions', 'targets', 'actions', 'dataSources', 'licence', 'geometry'] as const;
export const validationSection = z.enum(VALIDATION_SECTIONS);
export type ValidationSection = z.infer<typeof validationSection>;

/** Errors block the package export (PRAIS refuses the same data); warnings are shown but do not. */
export const validationSeverity = z.enum(['error', 'warning']);
export type ValidationSeverity = z.infer<typeof validationSeverity>;

/** Where the problem is, and the app route (hash-router path) of the screen that fixes it. */
export const issueLocation = z.object({
  section: validationSection,
  route: z.string().startsWith('/'),
  entity: z.string().optional(),
  id: entityId.optional(),
  field: z.string().optional(),
});
export type IssueLocation = z.infer<typeof issueLocation>;

/** One broken rule at one place; `messageKey` is an i18n key of the `reporting` namespace. */
export const validationIssue = z.object({
  rule: z.string(),
  severity: validationSeverity,
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  location: issueLocation,
});
export type ValidationIssue = z.infer<typeof validationIssue>;

export const validationResult = z.object({
  errors: z.array(validationIssue),
  warnings: z.array(validationIssue),
  checkedAt: timestamp,
});
export type ValidationResult = z.infer<typeof validationResult>;
