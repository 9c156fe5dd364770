import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TargetListItem } from '../../../../shared/targets/schema';
import { useFormat } from '../../../app/i18n/useFormat';
import { SortableHeader, type SortOrder } from '../../../components/SortableHeader';
import { TableScroll } from '../../../components/TableScroll';
import { useCodeLabels } from '../labels';
import { RubricBadges } from '../rubric/RubricBadges';
import type { TargetColumn, TargetRow } from './filterTargets';

interface TargetsTableProps {
  rows: readonly TargetRow[];
  order: SortOrder<TargetColumn>;
  onSort: (order: SortOrder<TargetColumn>) => void;
  parentText: (target: TargetListItem) => string | undefined;
}

/** The targets, sub-targets indented under their national target, each with its rubric badges. */
export function TargetsTable({ rows, order, onSort, parentText }: TargetsTableProps) {
  const { t } = useTranslation('targets');
  const labels = useCodeLabels();
  const format = useFormat();
  const header = (column: TargetColumn) => <SortableHeader column={column} label={t(`list.column.${column}`)} order={order} onSort={onSort} />;
  return (
    <TableScroll label={t('list.caption')}>
      <table className="data-table targets-table">
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            {header('text')}
            {header('level')}
            {header('status')}
            {header('targetYear')}
            {header('rubric')}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ target, isSub }) => {
            const parent = target.parentTargetId ? parentText(target) : undefined;
            return (
              <tr key={target.id} className={isSub ? 'targets-table__sub' : undefined}>
                <th scope="row">
                  {isSub && <span className="visually-hidden">{t('list.subTargetOf', { parent: parent ?? '' })} </span>}
                  <Link to={`/targets/${target.id}`}>{target.text}</Link>
                  {!isSub && parent && <p className="muted">{t('list.subTargetOf', { parent })}</p>}
                  {target.locationName && <p className="muted">{target.locationName}</p>}
                </th>
                <td>{labels.code('level', target.level)}</td>
                <td>{labels.code('status', target.status)}</td>
                <td className="numeric">{format.year(target.targetYear)}</td>
                <td>
                  <RubricBadges rubric={target.rubric} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
