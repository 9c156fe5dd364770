import type { ReactNode } from 'react';
import { Bi } from './reportLanguages';

export interface ReportFact {
  /** The label's locale key, shown in the report's one or two languages. */
  key: string;
  value: ReactNode;
}

/** Label–value pairs of the report (the title page's country and cycle, a target's level and year). */
export function ReportFacts({ facts, inline = false }: { facts: readonly ReportFact[]; inline?: boolean }) {
  return (
    <dl className={inline ? 'report-facts report-facts--inline' : 'report-facts'}>
      {facts.map(({ key, value }) => (
        <div key={key} className="report-facts__row">
          <dt>
            <Bi k={key} />
          </dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
