import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isLanguage, type Language } from '../../../shared/i18n/languages';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useWorkspace } from '../workspace/workspaceQueries';
import { BalanceSection } from './BalanceSection';
import { BaselineSummary } from './BaselineSummary';
import { CommitmentsSection } from './CommitmentsSection';
import { ConsultationsSection } from './ConsultationsSection';
import { directionOf, ReportLanguagesProvider } from './reportLanguages';
import { SECOND_LANGUAGE_PARAM } from './reportPaths';
import { ReportToolbar } from './ReportToolbar';
import { TargetAreasSection } from './TargetAreasSection';
import { TargetsSection } from './TargetsSection';
import { TitlePage } from './TitlePage';
import './report.css';

/**
 * The national LDN target report, laid out for A4 paper: a title page, then one section per page break
 * (baseline, targets with their rubric and measures, commitments, balance, consultations, target areas).
 * It stands outside the app's frame, so printing shows the report alone, in the active language and
 * optionally a second one.
 */
export function ReportPage() {
  const { t, i18n } = useTranslation('report');
  const workspace = useWorkspace();
  const [params, setParams] = useSearchParams();
  const [printedAt] = useState(() => new Date());
  const primary: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  const asked = params.get(SECOND_LANGUAGE_PARAM);
  const second = isLanguage(asked) && asked !== primary ? asked : null;
  // One array per choice: InLanguages keeps its cloned i18next instances while the languages stay the same.
  const languages = useMemo(() => (second ? [primary, second] : [primary]), [primary, second]);
  const fileName = workspace.data ? `${workspace.data.name} - ${t('documentTitle')}` : t('documentTitle');

  // The browser names a saved PDF after the document's title.
  useEffect(() => {
    const before = document.title;
    document.title = fileName;
    return () => {
      document.title = before;
    };
  }, [fileName]);

  const chooseSecond = (language: Language | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (language) next.set(SECOND_LANGUAGE_PARAM, language);
      else next.delete(SECOND_LANGUAGE_PARAM);
      return next;
    });

  return (
    <main className="report">
      <ReportToolbar primary={primary} second={second} onSecondChange={chooseSecond} fileName={fileName} />
      {workspace.isPending && <LoadingState />}
      {workspace.isError && <ErrorAlert error={workspace.error} />}
      {workspace.data && (
        <ReportLanguagesProvider languages={languages}>
          <article className="report__document" lang={primary} dir={directionOf(primary)}>
            <TitlePage workspace={workspace.data} printedAt={printedAt} />
            <BaselineSummary workspace={workspace.data} />
            <TargetsSection />
            <CommitmentsSection />
            <BalanceSection />
            <ConsultationsSection />
            <TargetAreasSection />
          </article>
        </ReportLanguagesProvider>
      )}
    </main>
  );
}
