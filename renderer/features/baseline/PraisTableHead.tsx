import type { TableColumn } from './PraisTable';

/** The header row of a PRAIS table, the same whether the table is read or edited. */
export function PraisTableHead({ rowHeader, columns }: { rowHeader: string; columns: readonly TableColumn[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{rowHeader}</th>
        {columns.map((column) => (
          <th key={column.key} scope="col" className="numeric">
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
