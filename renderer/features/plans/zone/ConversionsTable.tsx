import { useTranslation } from 'react-i18next';
import type { PlanZoneConversion } from '../../../../shared/plans/schema';
import { useFormat } from '../../../app/i18n/useFormat';
import { RowActionsCell, RowActionsHeader } from '../../../components/RowActionsCell';
import { TableScroll } from '../../../components/TableScroll';
import { usePlanLabels } from '../labels';
import { LossVerdict } from './LossVerdict';

interface ConversionsTableProps {
  zoneName: string;
  conversions: readonly PlanZoneConversion[];
  landTypeLabel: string | null;
  onEdit: (conversion: PlanZoneConversion) => void;
  onDelete: (conversion: PlanZoneConversion) => void;
}

/** A zone's planned conversions by expected year, each with whether it counts as a loss and why. */
export function ConversionsTable({ zoneName, conversions, landTypeLabel, onEdit, onDelete }: ConversionsTableProps) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const format = useFormat();
  const caption = t('conversions.caption', { zone: zoneName });
  return (
    <TableScroll label={caption}>
      <table className="data-table conversions-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('conversions.change')}</th>
            <th scope="col" className="numeric">{t('conversion.field.areaKm2')}</th>
            <th scope="col" className="numeric">{t('conversion.field.expectedYear')}</th>
            <th scope="col">{t('conversion.field.driver')}</th>
            <th scope="col">{t('conversions.verdict')}</th>
            <RowActionsHeader label={t('list.actions')} />
          </tr>
        </thead>
        <tbody>
          {conversions.map((conversion) => {
            const change = t('conversions.changeValue', { from: labels.landCover(conversion.fromClass), to: labels.landCover(conversion.toClass) });
            const names = { change, year: format.year(conversion.expectedYear) };
            return (
              <tr key={conversion.id}>
                <th scope="row">{change}</th>
                <td className="numeric">{format.areaKm2(conversion.areaKm2)}</td>
                <td className="numeric">{names.year}</td>
                <td>{labels.driver(conversion.driver)}</td>
                <td>
                  <LossVerdict conversion={conversion} landTypeLabel={landTypeLabel} />
                </td>
                <RowActionsCell
                  edit={{ label: t('conversions.edit', names), onClick: () => onEdit(conversion) }}
                  remove={{ label: t('conversions.delete', names), onClick: () => onDelete(conversion) }}
                />
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
