import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { HistoryEntryItem } from '../../workspace/history/HistoryEntryItem';
import { useTargetHistory } from '../targetQueries';

/** Who changed the target, its sets, measures and links, and when: the workspace history, narrowed to this target. */
export function TargetHistory({ targetId }: { targetId: string }) {
  const { t } = useTranslation('targets');
  const history = useTargetHistory(targetId);
  const entries = history.data?.entries ?? [];
  return (
    <section className="stack" aria-labelledby="target-history">
      <h2 id="target-history">{t('detail.history')}</h2>
      {history.isError && <ErrorAlert error={history.error} />}
      {history.isSuccess && entries.length === 0 && <p className="muted">{t('detail.noHistory')}</p>}
      {entries.length > 0 && (
        <ol className="history-list">
          {entries.map((entry) => (
            <HistoryEntryItem key={entry.hlc} entry={entry} recordLabel={undefined} />
          ))}
        </ol>
      )}
    </section>
  );
}
