import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommandQuery } from '../../app/backend/commandQueries';
import { useShowFile } from './outboxQueries';

/**
 * Where the package file is. The desktop app opens its folder in the file manager; a browser cannot,
 * so there the path is shown with a button that copies it.
 */
export function ShowFile({ path }: { path: string }) {
  const { t } = useTranslation('outbox');
  const desktop = useCommandQuery('app.info', {}).data?.mode === 'electron';
  const show = useShowFile();
  const [copied, setCopied] = useState(false);

  if (desktop) {
    return (
      <>
        <button type="button" className="button button--small" onClick={() => show.mutate({ path })}>
          {t('showFile')}
        </button>
        {show.data?.shown === false && (
          <span role="status">
            {t('fileNotThere', { path })}
          </span>
        )}
      </>
    );
  }
  return (
    <span className="outbox-path">
      <code className="outbox-path__text">{path}</code>
      <button
        type="button"
        className="button button--small"
        onClick={() => void navigator.clipboard.writeText(path).then(() => setCopied(true))}
      >
        {copied ? t('pathCopied') : t('copyPath')}
      </button>
    </span>
  );
}
