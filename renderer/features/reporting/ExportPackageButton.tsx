import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useCommandMutation } from '../../app/backend/commandQueries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SendWhenOnlineButton } from '../outbox/SendWhenOnlineButton';
import { useAppInfo, useWorkspace } from '../workspace/workspaceQueries';
import { folderOf } from './folderOf';

/** A path inside a sentence keeps its own left-to-right order in Arabic (`<path>` in the message). */
const PATH = { path: <bdi className="file-path" /> };

/**
 * "Export package", then the outbox's "Send when online" for the package written: disabled while the
 * check found errors (the backend refuses such an export too), and until a check has run. The package
 * goes next to the workspace file unless the user chose another folder (desktop app only: the browser
 * host has no folder dialog); the folder is named under the button and the path of the package announced.
 */
export function ExportPackageButton({ errorCount }: { errorCount: number | null }) {
  const { t } = useTranslation('reporting');
  const workspace = useWorkspace();
  const nativeFileDialogs = useAppInfo().data?.nativeFileDialogs === true;
  const exportPackage = useCommandMutation('reporting.exportPackage');
  const chooseFolder = useCommandMutation('app.chooseFolder');
  const [chosenFolder, setChosenFolder] = useState<string | null>(null);
  const noteId = useId();
  const blocked = errorCount === null || errorCount > 0;
  const path = workspace.data?.path;
  const outDir = chosenFolder ?? (path === undefined ? undefined : folderOf(path));

  const choose = () =>
    chooseFolder.mutate(
      { purpose: 'exportPackage', ...(outDir === undefined ? {} : { defaultPath: outDir }) },
      { onSuccess: (chosen) => chosen.path !== null && setChosenFolder(chosen.path) },
    );

  return (
    <div className="checklist-export">
      <div className="checklist-export__buttons">
        <button
          type="button"
          className="button button--primary"
          disabled={blocked || outDir === undefined || exportPackage.isPending}
          aria-describedby={noteId}
          onClick={() => outDir !== undefined && exportPackage.mutate({ outDir })}
        >
          {t('export.button')}
        </button>
        {nativeFileDialogs && (
          <button type="button" className="button" disabled={chooseFolder.isPending} onClick={choose}>
            {t('export.chooseFolder')}
          </button>
        )}
      </div>
      <p id={noteId} className="checklist-export__note">
        {blocked
          ? t('export.blocked')
          : outDir !== undefined && <Trans t={t} i18nKey={chosenFolder === null ? 'export.where' : 'export.whereChosen'} values={{ folder: outDir }} components={PATH} />}
      </p>
      {chooseFolder.isError && <ErrorAlert error={chooseFolder.error} />}
      {exportPackage.isSuccess && (
        <>
          <p role="status" className="note">
            <Trans t={t} i18nKey="export.saved" values={{ path: exportPackage.data.path }} components={PATH} />
          </p>
          <SendWhenOnlineButton path={exportPackage.data.path} />
        </>
      )}
      {exportPackage.isError && <ErrorAlert title={t('export.failed')} error={exportPackage.error} />}
    </div>
  );
}
