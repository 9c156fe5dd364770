import { useTranslation } from 'react-i18next';
import { PRAIS_URL, type OutboxItem } from '../../../shared/outbox/schema';
import { ShowFile } from './ShowFile';

interface ItemActionsProps {
  item: OutboxItem;
  onRetry: (item: OutboxItem) => void;
  onRemove: (item: OutboxItem) => void;
}

/**
 * What can be done with one item. A PRAIS package is uploaded by hand: the PRAIS site opens in the
 * user's browser (in the desktop app through the shell's allow-list of external sites) beside the file.
 */
export function ItemActions({ item, onRetry, onRemove }: ItemActionsProps) {
  const { t } = useTranslation('outbox');
  const canRetry = item.destination === 'endpoint' && (item.state === 'queued' || item.state === 'failed');
  return (
    <div className="outbox-item__actions">
      {item.destination === 'prais' && (
        <>
          <a className="button button--small button--primary" href={PRAIS_URL} target="_blank" rel="noopener noreferrer">
            {t('openPrais')}
          </a>
          <ShowFile path={item.path} />
        </>
      )}
      {canRetry && (
        <button type="button" className="button button--small" onClick={() => onRetry(item)}>
          {item.state === 'failed' ? t('retry') : t('sendNow')}
        </button>
      )}
      {item.state !== 'sending' && (
        <button
          type="button"
          className="button button--small button--quiet"
          aria-label={t('removeNamed', { name: item.fileName })}
          onClick={() => onRemove(item)}
        >
          {t('remove')}
        </button>
      )}
    </div>
  );
}
