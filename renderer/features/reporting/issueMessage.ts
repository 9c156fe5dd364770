import type { i18n as I18n } from 'i18next';
import type { ValidationIssue } from '../../../shared/reporting/validate-schema';
import { translateKey } from '../../app/i18n/translateKey';

/** The issue in words in the active language, its numbers written the way that language writes them. */
export function issueMessage(i18n: I18n, issue: ValidationIssue): string {
  return translateKey(i18n, issue.messageKey, issue.params);
}
