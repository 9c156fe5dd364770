import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useCommandQuery } from '../../app/backend/commandQueries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { landAreaForPeriod, type BaselineScreenContext } from './baselineContext';
import { useBaseline } from './baselineQueries';
import { ImportDialog } from './import/ImportDialog';
import { BASELINE_SCREENS } from './screenList';

/** The Baseline section: one screen per indicator, the Trends.Earth import always at hand. */
export function BaselinePage() {
  const { t } = useTranslation('baseline');
  const baseline = useBaseline();
  const workspace = useCommandQuery('workspace.get', {});
  const [importing, setImporting] = useState(false);
  const context: BaselineScreenContext | null =
    baseline.data && workspace.data
      ? { data: baseline.data, landAreaKm2: (period) => landAreaForPeriod(baseline.data, period, workspace.data.landAreaKm2) }
      : null;

  return (
    <div className="baseline-page">
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <button type="button" className="button button--primary" onClick={() => setImporting(true)}>
            {t('import.button')}
          </button>
        }
      />
      <nav className="baseline-tabs" aria-label={t('screens.label')}>
        <ul className="baseline-tabs__list">
          {BASELINE_SCREENS.map((screen) => (
            <li key={screen.id}>
              <NavLink className="baseline-tabs__link" to={`/baseline/${screen.path}`}>
                {t(`screens.${screen.id}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {(baseline.isPending || workspace.isPending) && <LoadingState />}
      {baseline.isError && <ErrorAlert error={baseline.error} />}
      {workspace.isError && <ErrorAlert error={workspace.error} />}
      {context && <Outlet context={context} />}
      <ImportDialog open={importing} onClose={() => setImporting(false)} />
    </div>
  );
}
