import { TARGET_STATUSES } from '../../../../shared/targets/codes';
import type { ValidationIssue } from '../../../../shared/reporting/validate-schema';
import { targetEditRoute } from '../../../../shared/reporting/validate-routes';
import { liveRows } from '../../baseline/table-rows';
import { issue, type RuleGroup } from './rule';

/** The app's own code for a target nobody has begun on; PRAIS' list has no such entry (shared/targets/codes.ts). */
const APP_ONLY_STATUS = 'not_started';

/**
 * "Status of target achievement" is a PRAIS code list (domain-spec §1.7: achieved, not achieved, ongoing,
 * extended or postponed, partially achieved). A status outside the app's list cannot be reported at all —
 * an error (only a file changed outside the app holds one). `not_started` is the app's own addition: the
 * package can carry it, but PRAIS will ask for one of its five, so it is a warning to settle before submitting.
 */
export const targetStatus: RuleGroup = ({ ws }) => {
  const issues: ValidationIssue[] = [];
  for (const t of liveRows(ws, 'target')) {
    const location = { section: 'targets', route: targetEditRoute(t.id), entity: 'target', id: t.id, field: 'status' } as const;
    if (!(TARGET_STATUSES as readonly string[]).includes(t.status)) issues.push(issue('targetStatusUnknown', 'error', location, { target: t.text, status: t.status }));
    else if (t.status === APP_ONLY_STATUS) issues.push(issue('targetStatusNotInPrais', 'warning', location, { target: t.text }));
  }
  return issues;
};
