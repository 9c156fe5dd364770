import type { ValidationIssue } from '../../../../shared/reporting/validate-schema';
import { baselineTableRoute } from '../../../../shared/reporting/validate-routes';
import { issue, type RuleGroup } from './rule';

/**
 * Default vs national data (domain-spec §1.9, Annex II): switching a PRAIS table to "National Data" opens
 * the Data Sources form, whose fields are mandatory. A baseline table holding national numbers (provenance
 * `national`) without a live data source would be refused by PRAIS — an error. Imported tables name their
 * Trends.Earth file instead, and default tables need nothing.
 */
export const dataSources: RuleGroup = ({ baseline }) => {
  const liveSources = new Set(baseline.sources.map((s) => s.id));
  return baseline.provenance
    .filter((p) => p.origin === 'national' && (p.sourceId === null || !liveSources.has(p.sourceId)))
    .map((p): ValidationIssue => {
      const location = { section: 'dataSources', route: baselineTableRoute(p.tableId), entity: p.tableId, field: 'sourceId' } as const;
      return p.periodKey === null
        ? issue('dataSourceMissing', 'error', location, { table: p.tableId })
        : issue('dataSourceMissing', 'error', location, { table: p.tableId, period: p.periodKey }, 'reporting:issue.dataSourceMissingPeriod');
    });
};
