import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../../../shared/outbox/schema';
import { useFormat } from '../../app/i18n/useFormat';
import { failureText } from './failureText';
import { ItemActions } from './ItemActions';
import { StateBadge } from './StateBadge';

interface OutboxItemCardProps {
  item: OutboxItem;
  onRetry: (item: OutboxItem) => void;
  onRemove: (item: OutboxItem) => void;
}

/** One package in the outbox: where it goes, how it stands, and why (the reason, or the receipt). */
export function OutboxItemCard({ item, onRetry, onRemove }: OutboxItemCardProps) {
  const { t } = useTranslation('outbox');
  const format = useFormat();
  const receiptId = typeof item.receipt?.receiptId === 'string' ? item.receipt.receiptId : null;
  return (
    <li className="outbox-item">
      <div className="outbox-item__head">
        <span className="outbox-item__name">{item.fileName}</span>
        <StateBadge state={item.state} />
      </div>
      <dl className="outbox-item__facts">
        <dt>{t('destination.label')}</dt>
        <dd>{t(`destination.${item.destination}`)}</dd>
        <dt>{t('queuedAt')}</dt>
        <dd>{format.dateTime(item.createdAt)}</dd>
        {item.attempts > 0 && (
          <>
            <dt>{t('attemptsLabel')}</dt>
            <dd>{format.number(item.attempts)}</dd>
          </>
        )}
        {item.state === 'sent' && item.sentAt && (
          <>
            <dt>{t('sentAt')}</dt>
            <dd>{format.dateTime(item.sentAt)}</dd>
            <dt>{t('receipt')}</dt>
            <dd>{receiptId ?? <code>{JSON.stringify(item.receipt)}</code>}</dd>
          </>
        )}
        {item.lastFailure && item.state !== 'sent' && (
          <>
            <dt>{item.state === 'failed' ? t('failedBecause') : t('waitingBecause')}</dt>
            <dd>{failureText(t, item.lastFailure)}</dd>
          </>
        )}
        {item.state === 'queued' && item.nextAttemptAt && (
          <>
            <dt>{t('nextAttempt')}</dt>
            <dd>{format.dateTime(item.nextAttemptAt)}</dd>
          </>
        )}
        {item.state === 'ready' && (
          <>
            <dt>{t('nextStep')}</dt>
            <dd>{t('praisSteps')}</dd>
          </>
        )}
      </dl>
      <ItemActions item={item} onRetry={onRetry} onRemove={onRemove} />
    </li>
  );
}
