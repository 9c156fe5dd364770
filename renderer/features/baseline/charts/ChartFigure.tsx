import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChartTable {
  rowHeader: string;
  columns: readonly string[];
  rows: readonly { label: string; cells: readonly string[] }[];
}

interface ChartFigureProps {
  title: string;
  width: number;
  height: number;
  /** The legend under the drawing: colour swatch and label. */
  legend?: readonly { tone: string; label: string }[];
  /** The same numbers as the drawing, for screen readers and for print. */
  table: ChartTable & { caption: string };
  children: ReactNode;
}

/**
 * The frame of every baseline chart: an SVG named by its title (role="img"), a legend, and a table with
 * the same numbers. The drawing is mirrored by the chart itself in right-to-left languages; the SVG's
 * `direction` makes text anchored at "start" follow the same mirror.
 */
export function ChartFigure({ title, width, height, legend, table, children }: ChartFigureProps) {
  const { i18n } = useTranslation();
  const titleId = useId();
  const direction = i18n.dir(i18n.language);
  return (
    <figure className="baseline-chart">
      <svg
        className="baseline-chart__svg"
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        direction={direction}
        data-direction={direction}
        preserveAspectRatio="xMidYMin meet"
      >
        <title id={titleId}>{title}</title>
        {children}
      </svg>
      {legend && (
        <ul className="baseline-chart__legend" aria-hidden="true">
          {legend.map((item) => (
            <li key={item.label}>
              <span className={`baseline-chart__swatch baseline-chart__tone--${item.tone}`} />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <table className="data-table data-table--compact baseline-chart__table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeader}</th>
            {table.columns.map((column) => (
              <th key={column} scope="col" className="numeric">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, index) => (
                <td key={table.columns[index]} className="numeric">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
