import type { WorkspaceSummary } from '../../../shared/workspace/schema';
import { countryName } from '../../app/i18n/countryNames';
import { ReportFacts } from './ReportFacts';
import { Bi, PerLanguage } from './reportLanguages';

/** The cover: what the report is, for which country and cycle, when it was printed and from which workspace. */
export function TitlePage({ workspace, printedAt }: { workspace: WorkspaceSummary; printedAt: Date }) {
  const facts = [
    { key: 'report:titlePage.country', value: <PerLanguage>{(language) => countryName(workspace.countryIso3, language)}</PerLanguage> },
    {
      key: 'report:titlePage.cycle',
      value: <PerLanguage>{(language) => new Intl.NumberFormat(language, { useGrouping: false }).format(workspace.reportingCycle)}</PerLanguage>,
    },
    { key: 'report:titlePage.date', value: <PerLanguage>{(language) => new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(printedAt)}</PerLanguage> },
    { key: 'report:titlePage.workspace', value: workspace.name },
  ];
  return (
    <header className="report-title-page">
      <p className="report-title-page__kicker">
        <Bi k="report:titlePage.kicker" />
      </p>
      <h1 className="report-title-page__title">
        <Bi k="report:documentTitle" />
      </h1>
      <ReportFacts facts={facts} />
    </header>
  );
}
