export interface SortOrder<Column extends string> {
  column: Column;
  direction: 'ascending' | 'descending';
}

interface SortableHeaderProps<Column extends string> {
  column: Column;
  label: string;
  order: SortOrder<Column>;
  onSort: (order: SortOrder<Column>) => void;
  className?: string;
}

/** A column header that sorts on click; `aria-sort` tells screen readers the current order. */
export function SortableHeader<Column extends string>({ column, label, order, onSort, className }: SortableHeaderProps<Column>) {
  const active = order.column === column;
  const next = active && order.direction === 'ascending' ? 'descending' : 'ascending';
  return (
    <th scope="col" aria-sort={active ? order.direction : 'none'} className={className}>
      <button type="button" className="sort-button" onClick={() => onSort({ column, direction: next })}>
        {label}
        <span className="sort-button__indicator" aria-hidden="true">
          {active ? (order.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
