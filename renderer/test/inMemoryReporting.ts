import type { UslLicence } from '../../shared/reporting/licence-schema';
import type { ValidationIssue } from '../../shared/reporting/validate-schema';
import type { Handlers } from './inMemoryBackend';

/**
 * What `reporting.validate` answers in component tests: the issues a test puts here. The rules
 * themselves run only in the real backend (electron/backend/reporting/rules), which has their tests;
 * a second copy here could only drift from them. `licence` is the User Specific Licence, null (or left
 * out) while none is chosen.
 */
export interface ReportingState {
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
  licence?: UslLicence | null;
}

export const emptyReporting = (): ReportingState => ({ errors: [], warnings: [], licence: null });

export function reportingHandlers(
  state: { reporting: ReportingState },
  { id, now }: { id: () => string; now: () => string },
): Pick<Handlers, 'reporting.validate' | 'reporting.getLicence' | 'reporting.saveLicence'> {
  return {
    'reporting.validate': () => ({ errors: [...state.reporting.errors], warnings: [...state.reporting.warnings], checkedAt: now() }),
    'reporting.getLicence': () => state.reporting.licence ?? null,
    // The input arrives checked by the real schema (a custom licence has its text); only "custom" keeps a text.
    'reporting.saveLicence': ({ licence, customLicenceText, aggregationPermission }) => {
      const saved: UslLicence = {
        id: state.reporting.licence?.id ?? id(),
        licence,
        customLicenceText: licence === 'custom' ? (customLicenceText ?? null) : null,
        aggregationPermission,
        updatedAt: now(),
      };
      state.reporting.licence = saved;
      return saved;
    },
  };
}
