import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../../../shared/outbox/schema';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useUndoableRemoval } from '../../components/useUndoableRemoval';
import { EndpointForm } from './EndpointForm';
import { OutboxItemCard } from './OutboxItemCard';
import { useOutboxItems, useOutboxSettings, useRemoveItem, useRestoreItem, useRetryItem } from './outboxQueries';
import './outbox.css';

export function OutboxPage() {
  const { t } = useTranslation(['outbox', 'common']);
  const items = useOutboxItems();
  const settings = useOutboxSettings();
  const retry = useRetryItem();
  const removal = useUndoableRemoval({ remove: useRemoveItem(), restore: useRestoreItem() });

  // No confirmation: the package file stays where it is, and "Undo" puts the item back.
  const removeItem = (item: OutboxItem) => removal.run({ id: item.id }, t('removed', { name: item.fileName }));
  const list = items.data?.items ?? [];

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      {settings.isSuccess && <EndpointForm endpoint={settings.data.endpoint} />}
      {settings.isError && <ErrorAlert error={settings.error} />}
      {retry.isError && <ErrorAlert title={t('retryFailed')} error={retry.error} />}
      {removal.removeError && <ErrorAlert title={t('removeFailed')} error={removal.removeError} />}
      {removal.restoreError && <ErrorAlert title={t('restoreFailed')} error={removal.restoreError} />}
      {items.isPending && <LoadingState />}
      {items.isError && <ErrorAlert error={items.error} />}
      {items.isSuccess &&
        (list.length === 0 ? (
          <EmptyState title={t('empty.title')}>
            <p>{t('empty.what')}</p>
          </EmptyState>
        ) : (
          <section aria-labelledby="outbox-items-title">
            <h2 id="outbox-items-title">{t('itemsTitle')}</h2>
            <ul className="outbox-items">
              {list.map((item) => (
                <OutboxItemCard key={item.id} item={item} onRetry={(chosen) => retry.mutate({ id: chosen.id })} onRemove={removeItem} />
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}
