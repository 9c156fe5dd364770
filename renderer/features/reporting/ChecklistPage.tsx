import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/i18n/useFormat';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { ExportPackageButton } from './ExportPackageButton';
import { IssueList } from './IssueList';
import { LicenceSection } from './LicenceSection';
import { useValidation } from './reportingQueries';

/**
 * The reporting checklist (issue 8): runs `reporting.validate`, lists errors then warnings by section,
 * each linking to the screen that fixes it, and lets the package be exported once no error is left. The
 * report's licence is chosen here too, just before the export that states it.
 */
export function ChecklistPage() {
  const { t } = useTranslation('reporting');
  const format = useFormat();
  const validation = useValidation();
  const result = validation.data;
  const checking = validation.isFetching;

  const recheck = (
    <button type="button" className="button" onClick={() => void validation.refetch()} disabled={checking}>
      {checking ? t('checking') : t('recheck')}
    </button>
  );

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} actions={recheck} />
      {validation.isPending && <LoadingState />}
      {validation.isError && <ErrorAlert title={t('checkFailed')} error={validation.error} />}
      {result && (
        <div className="stack" aria-busy={checking}>
          <p role="status" className="checklist__summary">
            {t('count.errors', { count: result.errors.length })} · {t('count.warnings', { count: result.warnings.length })} ·{' '}
            {t('checkedAt', { time: format.dateTime(result.checkedAt) })}
          </p>
          {result.errors.length === 0 && result.warnings.length === 0 && (
            <EmptyState title={t('allClear.title')}>
              <p>{t('allClear.body')}</p>
            </EmptyState>
          )}
          <IssueList severity="error" issues={result.errors} />
          <IssueList severity="warning" issues={result.warnings} />
        </div>
      )}
      <LicenceSection />
      <ExportPackageButton errorCount={result ? result.errors.length : null} />
    </>
  );
}
