import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentWorkspace } from '../../../shared/workspace/schema';
import { countryName } from '../../app/i18n/countryNames';
import { useFormat } from '../../app/i18n/useFormat';
import { useForgetRecentWorkspace, useRecentWorkspaces } from './workspaceQueries';

interface RecentWorkspacesProps {
  onOpen: (path: string) => void;
  disabled: boolean;
}

export function RecentWorkspaces({ onOpen, disabled }: RecentWorkspacesProps) {
  const { t } = useTranslation('workspace');
  const items = useRecentWorkspaces().data?.items ?? [];
  if (items.length === 0) return <p className="muted">{t('recent.none')}</p>;
  return (
    <>
      <h3>{t('recent.heading')}</h3>
      <ul className="recent-list">
        {items.map((item) => (
          <RecentWorkspaceItem key={item.path} item={item} onOpen={onOpen} disabled={disabled} />
        ))}
      </ul>
    </>
  );
}

function RecentWorkspaceItem({ item, onOpen, disabled }: { item: RecentWorkspace } & RecentWorkspacesProps) {
  const { t, i18n } = useTranslation('workspace');
  const format = useFormat();
  const forget = useForgetRecentWorkspace();
  const nameId = useId();
  return (
    <li className={`recent-item${item.exists ? '' : ' recent-item--missing'}`}>
      <div className="recent-item__main">
        {item.exists ? (
          <button type="button" id={nameId} className="link-button recent-item__name" disabled={disabled} onClick={() => onOpen(item.path)}>
            {item.name}
          </button>
        ) : (
          <span id={nameId} className="recent-item__name">
            {item.name}
          </span>
        )}
        <span className="recent-item__meta">
          {countryName(item.countryIso3, i18n.language)} · {t('recent.openedAt', { when: format.dateTime(item.openedAt) })}
        </span>
        <bdi className="recent-item__path file-path">{item.path}</bdi>
      </div>
      {!item.exists && (
        <div className="recent-item__missing">
          <span className="badge badge--warning">{t('recent.missing')}</span>
          <button
            type="button"
            className="button button--small"
            aria-describedby={nameId}
            disabled={forget.isPending}
            onClick={() => forget.mutate({ path: item.path })}
          >
            {t('recent.forget')}
          </button>
        </div>
      )}
    </li>
  );
}
