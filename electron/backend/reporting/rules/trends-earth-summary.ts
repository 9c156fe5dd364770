import { summaryIndicator } from '../../../../shared/baseline/schema';
import type { ValidationIssue } from '../../../../shared/reporting/validate-schema';
import { baselineTableRoute } from '../../../../shared/reporting/validate-routes';
import { TABLE_OF } from '../../baseline/table-ids';
import { issue, type RuleGroup } from './rule';

/**
 * Without an imported Trends.Earth file, the package carries a Trends.Earth summary generated from the
 * national data (package/te-summary.ts), for the periods that have all four 3-class summaries (SO1-1.T7,
 * SO1-2.T3, SO1-3.T2, SO1-4.T2): nothing is made up to complete a period. A period with some of them but
 * not all is left out of that file, which PRAIS would not say: a warning names the period and the
 * missing tables, linking to the first of them.
 */
export const trendsEarthSummary: RuleGroup = ({ baseline }) => {
  if (baseline.imports.length > 0) return [];
  const periods = [...new Set(baseline.summaries.map((s) => s.periodKey))];
  return periods.flatMap((period): ValidationIssue[] => {
    const missing = summaryIndicator.options.filter((indicator) => !baseline.summaries.some((s) => s.periodKey === period && s.indicator === indicator)).map(
      (indicator) => TABLE_OF.summary[indicator],
    );
    if (missing.length === 0) return [];
    const location = { section: 'baseline', route: baselineTableRoute(missing[0]!), entity: missing[0]!, field: period } as const;
    return [issue('trendsEarthSummaryIncomplete', 'warning', location, { period, tables: missing.join(', ') })];
  });
};
