import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { RowActionsCell, RowActionsHeader } from '../../../components/RowActionsCell';
import { TableScroll } from '../../../components/TableScroll';
import type { useDeleteSite } from './useDeleteSite';

export interface SiteColumn<Row> {
  key: string;
  label: string;
  value: (row: Row) => ReactNode;
  numeric?: boolean;
}

interface SiteSectionProps<Row extends { id: string }> {
  tableId: 'SO1-4.T3' | 'SO1-4.T4' | 'SO1-4.T5';
  title: string;
  intro: string;
  rows: readonly Row[];
  /** The row's name, for the buttons' accessible names and the snackbar. */
  nameOf: (row: Row) => string;
  columns: readonly SiteColumn<Row>[];
  onAdd: () => void;
  onEdit: (row: Row) => void;
  onDelete: (row: Row) => void;
  deletion: ReturnType<typeof useDeleteSite>;
}

/** One SO1-4 site table with its PRAIS ID, like the other PRAIS tables, and add, edit and delete. */
export function SiteSection<Row extends { id: string }>({ tableId, title, intro, rows, nameOf, columns, onAdd, onEdit, onDelete, deletion }: SiteSectionProps<Row>) {
  const { t } = useTranslation('baseline');
  const headingId = useId();
  const caption = t('tableCaption', { id: tableId, title });
  return (
    <section className="prais-table card stack" aria-labelledby={headingId} data-table-id={tableId}>
      <div className="prais-table__head">
        <h3 id={headingId} className="prais-table__title">
          <span className="prais-table__id">{tableId}</span> {title}
        </h3>
        <button type="button" className="button" aria-label={t('sites.addLabel', { table: caption })} onClick={onAdd}>
          {t('sites.add')}
        </button>
      </div>
      <p className="muted">{intro}</p>
      {deletion.removeError && <ErrorAlert title={t('sites.deleteFailed')} error={deletion.removeError} />}
      {deletion.restoreError && <ErrorAlert title={t('sites.restoreFailed')} error={deletion.restoreError} />}
      {rows.length === 0 ? (
        <p className="muted">{t('sites.empty')}</p>
      ) : (
        <TableScroll label={caption}>
          <table className="data-table data-table--compact">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined}>
                    {column.label}
                  </th>
                ))}
                <RowActionsHeader label={t('sites.actions')} />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  {columns.map((column, i) =>
                    i === 0 ? (
                      <th key={column.key} scope="row">
                        {column.value(row)}
                      </th>
                    ) : (
                      <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                        {column.value(row)}
                      </td>
                    ),
                  )}
                  <RowActionsCell
                    edit={{ label: t('sites.editLabel', { name: nameOf(row) }), onClick: () => onEdit(row) }}
                    remove={{ label: t('sites.deleteLabel', { name: nameOf(row) }), onClick: () => onDelete(row), disabled: deletion.pending }}
                  />
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
