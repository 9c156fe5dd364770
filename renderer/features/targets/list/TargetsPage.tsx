import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TargetListItem } from '../../../../shared/targets/schema';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import type { SortOrder } from '../../../components/SortableHeader';
import { useCodeLabels } from '../labels';
import { useTargets } from '../targetQueries';
import { NO_FILTER, targetRows, type TargetColumn, type TargetFilter } from './filterTargets';
import { RubricSummaryTable } from './RubricSummaryTable';
import { TargetFilters } from './TargetFilters';
import { TargetsTable } from './TargetsTable';

/** The list of LDN targets: search, filters, the rubric of each, and the working group's summary. */
export function TargetsPage() {
  const { t, i18n } = useTranslation('targets');
  const labels = useCodeLabels();
  const targets = useTargets();
  const [filter, setFilter] = useState<TargetFilter>(NO_FILTER);
  const [order, setOrder] = useState<SortOrder<TargetColumn>>({ column: 'targetYear', direction: 'ascending' });
  const items = useMemo(() => targets.data?.items ?? [], [targets.data]);
  const textOf = useMemo(() => new Map(items.map((item) => [item.id, item.text])), [items]);
  const label = (target: TargetListItem, column: TargetColumn) =>
    column === 'level' ? labels.code('level', target.level) : column === 'status' ? labels.code('status', target.status) : target.text;
  const rows = targetRows(items, filter, order, i18n.language, label);

  const actions = (
    <>
      <Link className="button" to="/targets/commitments">
        {t('crosswalk.title')}
      </Link>
      <Link className="button" to="/targets/actions">
        {t('actions.title')}
      </Link>
      <Link className="button button--primary" to="/targets/new">
        {t('list.add')}
      </Link>
    </>
  );
  return (
    <>
      <PageHeader title={t('list.title')} intro={t('list.intro')} actions={actions} />
      {targets.isPending && <LoadingState />}
      {targets.isError && <ErrorAlert error={targets.error} />}
      {targets.isSuccess &&
        (items.length === 0 ? (
          <EmptyState title={t('list.empty.title')}>
            <p>{t('list.empty.body')}</p>
          </EmptyState>
        ) : (
          <>
            <TargetFilters filter={filter} onChange={setFilter} />
            <p role="status" className="muted">
              {t('list.shown', { shown: rows.length, total: items.length })}
            </p>
            {rows.length > 0 && (
              <TargetsTable rows={rows} order={order} onSort={setOrder} parentText={(target) => textOf.get(target.parentTargetId ?? '')} />
            )}
            <RubricSummaryTable />
          </>
        ))}
    </>
  );
}
