import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LandType } from '../../../shared/landtypes/schema';
import { useFormat } from '../../app/i18n/useFormat';
import { SortableHeader, type SortOrder } from '../../components/SortableHeader';
import { TableScroll } from '../../components/TableScroll';
import { DecisionsBehind } from '../consultations/DecisionsBehind';
import { filterLandTypes, sortLandTypes, type LandTypeSortColumn } from './sortLandTypes';

interface LandTypesTableProps {
  items: readonly LandType[];
  onEdit: (landType: LandType) => void;
  onDelete: (landType: LandType) => void;
}

export function LandTypesTable({ items, onEdit, onDelete }: LandTypesTableProps) {
  const { t, i18n } = useTranslation(['landtypes', 'common', 'consultations']);
  const format = useFormat();
  const filterId = useId();
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<SortOrder<LandTypeSortColumn>>({ column: 'code', direction: 'ascending' });
  const rows = useMemo(
    () => sortLandTypes(filterLandTypes(items, query, i18n.language), order, i18n.language),
    [items, query, order, i18n.language],
  );

  return (
    <>
      <div className="table-toolbar">
        <label htmlFor={filterId}>{t('table.filter')}</label>
        <input id={filterId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        {query.trim() !== '' && (
          <span className="muted">
            {t('table.shown', { shown: format.number(rows.length), total: format.number(items.length) })}
          </span>
        )}
      </div>
      <TableScroll label={t('table.caption')}>
        <table className="data-table">
          <caption className="visually-hidden">
            {t('table.caption')}
          </caption>
          <thead>
            <tr>
              <SortableHeader column="code" label={t('field.code')} order={order} onSort={setOrder} />
              <SortableHeader column="name" label={t('field.name')} order={order} onSort={setOrder} />
              <th scope="col">{t('field.definitionBasis')}</th>
              <SortableHeader
                column="areaKm2"
                label={t('table.areaHeader')}
                order={order}
                onSort={setOrder}
                className="numeric"
              />
              <th scope="col" className="numeric">
                {t('table.degradedHeader')}
              </th>
              <th scope="col">{t('field.notes')}</th>
              <th scope="col">{t('consultations:decisionsBehind.column')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('table.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((landType) => (
              <tr key={landType.id}>
                <td className="code">{landType.code}</td>
                <td>{landType.name}</td>
                <td>{landType.definitionBasis}</td>
                <td className="numeric">{landType.areaKm2 === null ? '' : format.number(landType.areaKm2)}</td>
                <td className="numeric">{landType.degradedAreaKm2 === null ? '' : format.number(landType.degradedAreaKm2)}</td>
                <td className="notes" title={landType.notes ?? undefined}>
                  {landType.notes}
                </td>
                <td>
                  <DecisionsBehind
                    subjectType="landtype"
                    subjectId={landType.id}
                    recordLabel={t('consultations:decisionsBehind.landTypeRecord', { code: landType.code })}
                  />
                </td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('row.edit', { code: landType.code })}
                      onClick={() => onEdit(landType)}
                    >
                      {t('common:edit')}
                    </button>
                    <Link
                      className="button button--small"
                      aria-label={t('row.history', { code: landType.code })}
                      to={`/workspace/history?entity=landtype&entityId=${encodeURIComponent(landType.id)}`}
                    >
                      {t('row.historyShort')}
                    </Link>
                    <button
                      type="button"
                      className="button button--small button--danger"
                      aria-label={t('row.delete', { code: landType.code })}
                      onClick={() => onDelete(landType)}
                    >
                      {t('common:delete')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={8} className="muted">
                  {t('table.noMatch', { query: query.trim() })}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
