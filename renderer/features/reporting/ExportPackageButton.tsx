import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommandMutation } from '../../app/backend/commandQueries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SendWhenOnlineButton } from '../outbox/SendWhenOnlineButton';
import { useWorkspace } from '../workspace/workspaceQueries';
import { folderOf } from './folderOf';

/**
 * "Export package", then the outbox's "Send when online" for the package written: disabled while the check found errors (the backend refuses such an export too), and
 * until a check has run. The package is written next to the workspace file; its path is announced.
 */
export function ExportPackageButton({ errorCount }: { errorCount: number | null }) {
  const { t } = useTranslation('reporting');
  const workspace = useWorkspace();
  const exportPackage = useCommandMutation('reporting.exportPackage');
  const noteId = useId();
  const blocked = errorCount === null || errorCount > 0;
  const path = workspace.data?.path;

  return (
    <div className="checklist-export">
      <button
        type="button"
        className="button button--primary"
        disabled={blocked || path === undefined || exportPackage.isPending}
        aria-describedby={noteId}
        onClick={() => path !== undefined && exportPackage.mutate({ outDir: folderOf(path) })}
      >
        {t('export.button')}
      </button>
      <p id={noteId} className="checklist-export__note">
        {blocked ? t('export.blocked') : path !== undefined && t('export.where', { folder: folderOf(path) })}
      </p>
      {exportPackage.isSuccess && (
        <>
          <p role="status" className="note">
            {t('export.saved', { path: exportPackage.data.path })}
          </p>
          <SendWhenOnlineButton path={exportPackage.data.path} />
        </>
      )}
      {exportPackage.isError && <ErrorAlert title={t('export.failed')} error={exportPackage.error} />}
    </div>
  );
}
