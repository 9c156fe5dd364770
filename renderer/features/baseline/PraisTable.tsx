import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BaselineData, PraisTableId } from '../../../shared/baseline/schema';
import type { PeriodKey } from '../../../shared/workspace/schema';
import { useFormat } from '../../app/i18n/useFormat';
import { TableScroll } from '../../components/TableScroll';
import { cellKey, type CellValues } from './cellValues';
import { tableCaption, titleWithPeriod } from './labels';
import { NumberGridEditor, type SaveMeta } from './NumberGridEditor';
import { PraisTableHead } from './PraisTableHead';
import { ProvenanceBadge, provenanceOf } from './ProvenanceBadge';

export interface TableRow {
  key: string;
  label: string;
}

export interface TableColumn {
  key: string;
  label: string;
  /** Worked out from the other cells (totals, percentages, checks): shown, never typed. */
  derived?: boolean;
  format?: 'number' | 'percent';
}

export interface PraisTableProps {
  data: BaselineData;
  tableId: PraisTableId;
  periodKey: PeriodKey | null;
  /** The header of the row-label column (PRAIS's top-left cell). */
  rowHeader: string;
  rows: readonly TableRow[];
  columns: readonly TableColumn[];
  /** The stored values of the typed cells. */
  values: CellValues;
  /** The value of a derived cell from the values shown (stored, or being typed). */
  derive?: (row: string, column: string, values: CellValues) => number | null;
  /** Saves the typed cells as national data; read-only tables have none. */
  onSave?: (values: Record<string, number>, meta: SaveMeta) => Promise<unknown>;
  /** The cell a server field error is about, from its path. */
  errorCell?: (path: (string | number)[]) => string | null;
  /** More fields the editor needs (e.g. the SOC tier). */
  editExtras?: ReactNode;
  children?: ReactNode;
}

/**
 * One PRAIS table as PRAIS lays it out, with its ID, where its numbers come from, and an Edit action
 * that turns it into a grid of number inputs saved as national data with a source.
 */
export function PraisTable(props: PraisTableProps) {
  const { data, tableId, periodKey, rowHeader, rows, columns, values, derive, onSave, children } = props;
  const { t } = useTranslation('baseline');
  const format = useFormat();
  const headingId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const caption = tableCaption(t, tableId, periodKey);
  const provenance = provenanceOf(data, tableId, periodKey);
  const show = (value: number | null, column: TableColumn) => {
    if (value === null) return t('notComputed');
    return column.format === 'percent' ? t('unit.percent', { value: format.number(value) }) : format.number(value);
  };
  const stop = () => {
    setEditing(false);
    // Back to the button that opened the editor, so the keyboard user is where they were.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <section className="prais-table card" aria-labelledby={headingId} data-table-id={tableId} data-period={periodKey ?? undefined}>
      <div className="prais-table__head">
        <h3 id={headingId} className="prais-table__title">
          <span className="prais-table__id">{tableId}</span> {titleWithPeriod(t, tableId, periodKey)}
        </h3>
        <ProvenanceBadge data={data} provenance={provenance} />
        {onSave && !editing && (
          <button ref={editButton} type="button" className="button prais-table__edit" aria-label={t('edit.buttonLabel', { id: caption })} onClick={() => setEditing(true)}>
            {t('edit.button')}
          </button>
        )}
      </div>
      {editing && onSave ? (
        <NumberGridEditor {...props} onSave={onSave} caption={caption} provenance={provenance} onDone={stop} />
      ) : (
        <TableScroll label={caption}>
          <table className="data-table data-table--compact prais-table__table">
            <caption className="visually-hidden">{caption}</caption>
            <PraisTableHead rowHeader={rowHeader} columns={columns} />
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  {columns.map((column) => {
                    const key = cellKey(row.key, column.key);
                    const value = column.derived ? (derive?.(row.key, column.key, values) ?? null) : (values[key] ?? null);
                    return (
                      <td key={column.key} className={`numeric${column.derived ? ' prais-table__derived' : ''}`} data-cell={key}>
                        {show(value, column)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {children}
    </section>
  );
}
