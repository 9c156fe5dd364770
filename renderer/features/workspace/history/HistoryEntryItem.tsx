import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../../shared/workspace/history';
import { useFormat } from '../../../app/i18n/useFormat';
import { useHistoryLabels } from './historyLabels';

/**
 * Row bookkeeping the entry already says in words ("deleted", "restored") or that means nothing to a
 * reader; the field changes show what a person changed.
 */
const BOOKKEEPING_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt']);

function shownChanges(entry: HistoryEntry): HistoryEntry['changes'] {
  return entry.changes.filter(
    (change) => !BOOKKEEPING_FIELDS.has(change.field) && !(entry.operation === 'insert' && change.after === null),
  );
}

/** One change: when, who, what, and each field's value before and after. */
export function HistoryEntryItem({ entry, recordLabel }: { entry: HistoryEntry; recordLabel: string | undefined }) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const labels = useHistoryLabels();
  const entity = labels.entityLabel(entry.entity);
  const operation = t(`operation.${entry.operation}`);
  // A new record has no "before"; showing a column of empty values would only add noise.
  const showBefore = entry.operation !== 'insert';
  const changes = shownChanges(entry);

  return (
    <li className="history-entry">
      <p className="history-entry__meta">
        <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
        <span className="history-entry__who">{entry.memberName ?? t('unknownMember')}</span>
      </p>
      <p className="history-entry__what">
        {recordLabel
          ? t('whatWithRecord', { entity, record: recordLabel, operation })
          : t('what', { entity, operation })}
      </p>
      {changes.length > 0 && (
        <table className="changes-table">
          <thead>
            <tr>
              <th scope="col">{t('column.field')}</th>
              {showBefore && <th scope="col">{t('column.before')}</th>}
              <th scope="col">{showBefore ? t('column.after') : t('column.value')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field}>
                <th scope="row">{labels.fieldLabel(entry.entity, change.field)}</th>
                {showBefore && <td>{labels.valueText(entry.entity, change.field, change.before)}</td>}
                <td>{labels.valueText(entry.entity, change.field, change.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}
