import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { OpenByPathForm } from './OpenByPathForm';
import { RecentWorkspaces } from './RecentWorkspaces';
import { useAppInfo, useChooseWorkspaceFile, useOpenWorkspace } from './workspaceQueries';

/** Recent files, then the native "Open…" dialog in Electron or a path field in the browser. */
export function OpenWorkspaceSection() {
  const { t } = useTranslation('workspace');
  const appInfo = useAppInfo().data;
  const openWorkspace = useOpenWorkspace();
  const chooseFile = useChooseWorkspaceFile();
  const open = (path: string) => openWorkspace.mutate({ path });

  return (
    <>
      {openWorkspace.isError && (
        <ErrorAlert
          title={t('open.failed', { path: openWorkspace.variables.path })}
          error={openWorkspace.error}
        />
      )}
      {chooseFile.isError && <ErrorAlert error={chooseFile.error} />}
      <RecentWorkspaces onOpen={open} disabled={openWorkspace.isPending} />
      {appInfo?.nativeFileDialogs === true && (
        <button
          type="button"
          className="button"
          disabled={openWorkspace.isPending}
          onClick={() =>
            chooseFile.mutate({ purpose: 'open' }, { onSuccess: ({ path }) => (path === null ? undefined : open(path)) })
          }
        >
          {t('open.choose')}
        </button>
      )}
      {appInfo?.nativeFileDialogs === false && <OpenByPathForm onOpen={open} disabled={openWorkspace.isPending} />}
    </>
  );
}
