import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VALIDATION_SECTIONS, type ValidationIssue, type ValidationSeverity } from '../../../shared/reporting/validate-schema';
import { useFormat } from '../../app/i18n/useFormat';
import { issueMessage } from './issueMessage';

/**
 * The errors or the warnings of one check, grouped by section in checklist order. Each message is the
 * link to the screen that fixes it, so the whole sentence is the link's name for a screen reader.
 */
export function IssueList({ severity, issues }: { severity: ValidationSeverity; issues: readonly ValidationIssue[] }) {
  const { t, i18n } = useTranslation('reporting');
  const format = useFormat();
  const headingId = useId();
  if (issues.length === 0) return null;
  const kind = severity === 'error' ? 'errors' : 'warnings';
  const sections = VALIDATION_SECTIONS.filter((section) => issues.some((issue) => issue.location.section === section));

  return (
    <section className={`checklist checklist--${severity}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(`${kind}.title`)} <span className="checklist__count">({format.number(issues.length)})</span>
      </h2>
      <p>{t(`${kind}.intro`)}</p>
      {sections.map((section) => (
        <div key={section} className="checklist__section">
          <h3>{t(`section.${section}`)}</h3>
          <ul className="checklist__items">
            {issues
              .filter((issue) => issue.location.section === section)
              .map((issue, index) => (
                // Two issues may share rule and place (one per table period), so the index keeps keys apart.
                <li key={`${issue.rule}-${issue.location.route}-${issue.location.field ?? ''}-${index}`} className="checklist__item">
                  <Link to={issue.location.route}>{issueMessage(i18n, issue)}</Link>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
