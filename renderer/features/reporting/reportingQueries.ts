import { useCommandMutation, useCommandQuery } from '../../app/backend/commandQueries';

/** The checklist's data: `reporting.validate` of the open workspace, run again on "Check again". */
export function useValidation() {
  return useCommandQuery('reporting.validate', {});
}

/** The User Specific Licence chosen for the report, or null. */
export function useLicence() {
  return useCommandQuery('reporting.getLicence', {});
}

/** Saving the licence can raise or settle the aggregation-permission warning, so the checklist is checked again. */
export function useSaveLicence() {
  return useCommandMutation('reporting.saveLicence', { invalidates: ['reporting.getLicence', 'reporting.validate'] });
}
