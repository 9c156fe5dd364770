import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isCommandFailure } from '../../app/backend/backend';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { WelcomePage } from './WelcomePage';
import { useWorkspace } from './workspaceQueries';

/** Pages inside a workspace need one open; without it the welcome screen offers to open or create one. */
export function RequireWorkspace({ children }: { children: ReactNode }) {
  const { t } = useTranslation(['workspace', 'common']);
  const workspace = useWorkspace();
  if (workspace.isPending) return <LoadingState />;
  if (workspace.isError) {
    if (isCommandFailure(workspace.error, 'no_workspace')) return <WelcomePage />;
    return (
      <>
        <PageHeader title={t('unavailable.title')} />
        <ErrorAlert error={workspace.error} />
        <button type="button" className="button" onClick={() => void workspace.refetch()}>
          {t('common:retry')}
        </button>
      </>
    );
  }
  return children;
}
