import { useId, type ReactNode } from 'react';
import { Bi } from './reportLanguages';

/** One part of the report: it starts on a new page when printed, under its heading in every report language. */
export function ReportSection({ titleKey, children }: { titleKey: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="report-section__title">
        <Bi k={titleKey} />
      </h2>
      {children}
    </section>
  );
}

/** What a section says when the workspace holds nothing for it yet, in plain words. */
export function ReportPlaceholder({ textKey }: { textKey: string }) {
  return (
    <p className="report-placeholder">
      <Bi k={textKey} />
    </p>
  );
}
