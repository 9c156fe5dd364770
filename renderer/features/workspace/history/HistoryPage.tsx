import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { HistoryEntryItem } from './HistoryEntryItem';
import { useLandTypeLabels } from './historyLabels';
import { useHistory, type HistoryFilter } from './historyQueries';

/** `?entity=landtype&entityId=…` narrows the history to one record (the "History" link of a row). */
function useHistoryFilter(): HistoryFilter {
  const [params] = useSearchParams();
  const entity = params.get('entity');
  const entityId = params.get('entityId');
  return useMemo(() => ({ ...(entity ? { entity } : {}), ...(entityId ? { entityId } : {}) }), [entity, entityId]);
}

export function HistoryPage() {
  const { t } = useTranslation('history');
  const filter = useHistoryFilter();
  const history = useHistory(filter);
  const landTypeLabels = useLandTypeLabels();
  const entries = history.data?.pages.flatMap((page) => page.entries) ?? [];
  const recordLabel = (entity: string, entityId: string) =>
    entity === 'landtype' ? landTypeLabels.get(entityId) : undefined;
  const filteredRecord = filter.entityId ? recordLabel(filter.entity ?? '', filter.entityId) : undefined;

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      {filter.entityId && (
        <div className="note">
          <p>{filteredRecord ? t('filtered.record', { record: filteredRecord }) : t('filtered.oneRecord')}</p>
          <Link to="/workspace/history">{t('filtered.showAll')}</Link>
        </div>
      )}
      {history.isPending && <LoadingState />}
      {history.isSuccess && entries.length === 0 && (
        <EmptyState title={t('empty.title')}>
          <p>{t('empty.body')}</p>
        </EmptyState>
      )}
      {entries.length > 0 && (
        <ol className="history-list">
          {entries.map((entry) => (
            <HistoryEntryItem key={entry.hlc} entry={entry} recordLabel={recordLabel(entry.entity, entry.entityId)} />
          ))}
        </ol>
      )}
      {/* Also a failed "Load more": the entries already shown stay. */}
      {history.isError && <ErrorAlert error={history.error} />}
      {history.hasNextPage && (
        <button
          type="button"
          className="button"
          disabled={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          {t('loadMore')}
        </button>
      )}
    </>
  );
}
