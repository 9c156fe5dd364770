import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../features/workspace/workspaceQueries';
import { useFormat } from '../i18n/useFormat';
import { useOnlineStatus } from './useOnlineStatus';

export function StatusBar() {
  const { t } = useTranslation();
  const format = useFormat();
  const online = useOnlineStatus();
  const workspace = useWorkspace().data;
  return (
    <footer className="status-bar">
      <span className="status-bar__item status-bar__workspace" title={workspace?.path}>
        {workspace ? t('status.workspace', { name: workspace.name }) : t('status.noWorkspace')}
      </span>
      {workspace && (
        <span className="status-bar__item">
          {workspace.lastChangeAt
            ? t('status.lastSaved', { when: format.dateTime(workspace.lastChangeAt) })
            : t('status.nothingSaved')}
        </span>
      )}
      <span className={`status-bar__item status-bar__network status-bar__network--${online ? 'online' : 'offline'}`}>
        {online ? t('status.online') : t('status.offline')}
      </span>
    </footer>
  );
}
