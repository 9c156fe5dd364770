import type { ValidationIssue } from '../../shared/reporting/validate-schema';
import type { Handlers } from './inMemoryBackend';

/**
 * What `reporting.validate` answers in component tests: the issues a test puts here. The rules
 * themselves run only in the real backend (electron/backend/reporting/rules), which has their tests;
 * a second copy here could only drift from them.
 */
export interface ReportingState {
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}

export const emptyReporting = (): ReportingState => ({ errors: [], warnings: [] });

export function reportingHandlers(state: { reporting: ReportingState }, { now }: { now: () => string }): Pick<Handlers, 'reporting.validate'> {
  return {
    'reporting.validate': () => ({ errors: [...state.reporting.errors], warnings: [...state.reporting.warnings], checkedAt: now() }),
  };
}
