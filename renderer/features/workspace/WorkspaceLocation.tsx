import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAppInfo, useChooseWorkspaceFile } from './workspaceQueries';

interface WorkspaceLocationProps {
  path: string | null;
  onChoose: (path: string) => void;
  suggestedName: string;
}

/** Where the new file goes: a native save dialog where the host has one, else the default folder. */
export function WorkspaceLocation({ path, onChoose, suggestedName }: WorkspaceLocationProps) {
  const { t } = useTranslation('workspace');
  const appInfo = useAppInfo().data;
  const chooseFile = useChooseWorkspaceFile();
  if (!appInfo) return null;
  return (
    <div className="field">
      <span className="field__label">{t('create.location')}</span>
      <p className="field__help">
        {path ? null : `${t('create.defaultFolder')} `}
        <bdi className="file-path">{path ?? appInfo.workspacesDir}</bdi>
      </p>
      {chooseFile.isError && <ErrorAlert error={chooseFile.error} />}
      {appInfo.nativeFileDialogs && (
        <button
          type="button"
          className="button"
          onClick={() =>
            chooseFile.mutate(
              { purpose: 'create', ...(suggestedName.trim() ? { suggestedName: suggestedName.trim().slice(0, 200) } : {}) },
              { onSuccess: (chosen) => (chosen.path === null ? undefined : onChoose(chosen.path)) },
            )
          }
        >
          {t('create.chooseLocation')}
        </button>
      )}
    </div>
  );
}
