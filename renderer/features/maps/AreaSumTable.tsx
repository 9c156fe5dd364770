import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll';
import { useAreaFormat } from './useAreaFormat';

export interface AreaSumRow {
  key: string;
  /** The names that say what the row is about; the first one heads the row. */
  labels: readonly string[];
  /** One area per area column, in km². */
  areasKm2: readonly number[];
}

interface AreaSumTableProps {
  caption: string;
  /** What the numbers mean, in plain words, under the heading. */
  help: string;
  labelHeadings: readonly string[];
  /** Each area column is shown twice: in km² and in hectares. */
  areaHeadings: readonly string[];
  rows: readonly AreaSumRow[];
}

/** One table of summed areas, each area in km² and in hectares, with a line saying what it adds up. */
export function AreaSumTable({ caption, help, labelHeadings, areaHeadings, rows }: AreaSumTableProps) {
  const { t } = useTranslation('maps');
  const area = useAreaFormat();
  return (
    <div>
      <h3>{caption}</h3>
      <p className="muted">{help}</p>
      <TableScroll label={caption}>
        <table className="data-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {labelHeadings.map((heading) => (
                <th key={heading} scope="col">
                  {heading}
                </th>
              ))}
              {areaHeadings.flatMap((heading) => [
                <th key={`${heading}-km2`} scope="col" className="numeric">
                  {t('sums.inKm2', { what: heading })}
                </th>,
                <th key={`${heading}-ha`} scope="col" className="numeric">
                  {t('sums.inHa', { what: heading })}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                {row.labels.map((label, index) =>
                  index === 0 ? (
                    <th key={index} scope="row">
                      {label}
                    </th>
                  ) : (
                    <td key={index}>{label}</td>
                  ),
                )}
                {row.areasKm2.flatMap((value, index) => [
                  <td key={`${index}-km2`} className="numeric">
                    {area.km2(value)}
                  </td>,
                  <td key={`${index}-ha`} className="numeric">
                    {area.ha(value)}
                  </td>,
                ])}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
