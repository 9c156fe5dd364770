import type { BaselineData } from '../../../../shared/baseline/schema';
import type { IssueLocation, ValidationIssue, ValidationSeverity } from '../../../../shared/reporting/validate-schema';
import type { OpenWorkspace } from '../../workspace/open-workspace';

/** What every rule reads: the open workspace, and the baseline as `baseline.get` shows it (read once). */
export interface RuleContext {
  ws: OpenWorkspace;
  baseline: BaselineData;
}

/** One group of related rules: returns every issue it finds, errors and warnings mixed. */
export type RuleGroup = (context: RuleContext) => ValidationIssue[];

/** An issue whose message is `reporting:issue.<rule>` unless a rule reuses another feature's key. */
export function issue(
  rule: string,
  severity: ValidationSeverity,
  location: IssueLocation,
  params?: ValidationIssue['params'],
  messageKey = `reporting:issue.${rule}`,
): ValidationIssue {
  return { rule, severity, messageKey, ...(params ? { params } : {}), location };
}
