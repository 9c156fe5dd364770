import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanSummary } from '../../../../shared/plans/schema';
import { useFormat } from '../../../app/i18n/useFormat';
import { RowActionsCell, RowActionsHeader } from '../../../components/RowActionsCell';
import { TableScroll } from '../../../components/TableScroll';
import { usePlanLabels } from '../labels';
import { planPath } from '../planPaths';

interface PlansTableProps {
  items: readonly PlanSummary[];
  onEdit: (plan: PlanSummary) => void;
  onDelete: (plan: PlanSummary) => void;
}

/** The plans in the backend's (name) order; a plan's name opens its page with its zones. */
export function PlansTable({ items, onEdit, onDelete }: PlansTableProps) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const format = useFormat();
  return (
    <TableScroll label={t('list.caption')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('field.name')}</th>
            <th scope="col">{t('field.level')}</th>
            <th scope="col">{t('field.status')}</th>
            <th scope="col">{t('field.period')}</th>
            <th scope="col" className="numeric">{t('list.zoneCount')}</th>
            <th scope="col" className="numeric">{t('list.zonesArea')}</th>
            <RowActionsHeader label={t('list.actions')} />
          </tr>
        </thead>
        <tbody>
          {items.map((plan) => (
            <tr key={plan.id}>
              <th scope="row">
                <Link to={planPath(plan.id)}>{plan.name}</Link>
              </th>
              <td>{labels.level(plan.level)}</td>
              <td>{labels.status(plan.status)}</td>
              <td className="years">{labels.period(plan.periodStart, plan.periodEnd)}</td>
              <td className="numeric">{format.number(plan.zoneCount)}</td>
              <td className="numeric">{plan.zonesAreaKm2 === null ? t('notMapped') : format.areaKm2(plan.zonesAreaKm2)}</td>
              <RowActionsCell
                edit={{ label: t('list.edit', { name: plan.name }), onClick: () => onEdit(plan) }}
                remove={{ label: t('list.delete', { name: plan.name }), onClick: () => onDelete(plan) }}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
