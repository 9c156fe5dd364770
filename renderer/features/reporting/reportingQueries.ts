import { useCommandQuery } from '../../app/backend/commandQueries';

/** The checklist's data: `reporting.validate` of the open workspace, run again on "Check again". */
export function useValidation() {
  return useCommandQuery('reporting.validate', {});
}
