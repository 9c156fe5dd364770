import { needsAggregationPermission } from '../../../../shared/reporting/licence-schema';
import { FIX_ROUTES } from '../../../../shared/reporting/validate-routes';
import { readLicence } from '../licence';
import { issue, type RuleGroup } from './rule';

/**
 * The User Specific Licence (domain-spec §1.9): under a ShareAlike or custom licence PRAIS needs the
 * country's explicit permission before it aggregates the data regionally and globally. Without it the
 * report is still accepted, so this is a warning, linking to the licence form where the permission is given.
 */
export const licencePermission: RuleGroup = ({ ws }) => {
  const licence = readLicence(ws);
  if (!licence || !needsAggregationPermission(licence.licence) || licence.aggregationPermission) return [];
  const location = { section: 'licence', route: FIX_ROUTES.licence, entity: 'usl_licence', id: licence.id, field: 'aggregationPermission' } as const;
  return [
    licence.licence === 'custom'
      ? issue('licenceAggregationPermission', 'warning', location, undefined, 'reporting:issue.licenceAggregationPermissionCustom')
      : issue('licenceAggregationPermission', 'warning', location, { licence: licence.licence }),
  ];
};
