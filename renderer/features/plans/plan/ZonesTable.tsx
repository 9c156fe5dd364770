import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LandType } from '../../../../shared/landtypes/schema';
import type { PlanZone } from '../../../../shared/plans/schema';
import { useFormat } from '../../../app/i18n/useFormat';
import { RowActionsCell, RowActionsHeader } from '../../../components/RowActionsCell';
import { TableScroll } from '../../../components/TableScroll';
import { usePlanLabels } from '../labels';
import { zonePath } from '../planPaths';

interface ZonesTableProps {
  planId: string;
  zones: readonly PlanZone[];
  landTypes: readonly LandType[];
  onEdit: (zone: PlanZone) => void;
  onDelete: (zone: PlanZone) => void;
}

/** A plan's zones; a zone's name opens its planned conversions and its geometry. */
export function ZonesTable({ planId, zones, landTypes, onEdit, onDelete }: ZonesTableProps) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const format = useFormat();
  const landTypeText = (id: string | null) => {
    const landType = landTypes.find((item) => item.id === id);
    return landType ? t('zone.landTypeOption', { code: landType.code, name: landType.name }) : t('zone.noLandType');
  };
  return (
    <TableScroll label={t('zones.caption')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('zones.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('zone.field.name')}</th>
            <th scope="col">{t('zone.field.zoningClass')}</th>
            <th scope="col">{t('zone.field.landType')}</th>
            <th scope="col" className="numeric">{t('zones.mappedArea')}</th>
            <th scope="col" className="numeric">{t('zones.conversionCount')}</th>
            <RowActionsHeader label={t('list.actions')} />
          </tr>
        </thead>
        <tbody>
          {zones.map((zone) => (
            <tr key={zone.id}>
              <th scope="row">
                <Link to={zonePath(planId, zone.id)}>{zone.name}</Link>
              </th>
              <td>{labels.zoningClass(zone.zoningClass)}</td>
              <td>{landTypeText(zone.landTypeId)}</td>
              <td className="numeric">{zone.areaKm2 === null ? t('notMapped') : format.areaKm2(zone.areaKm2)}</td>
              <td className="numeric">{format.number(zone.conversions.length)}</td>
              <RowActionsCell
                edit={{ label: t('zones.edit', { name: zone.name }), onClick: () => onEdit(zone) }}
                remove={{ label: t('zones.delete', { name: zone.name }), onClick: () => onDelete(zone) }}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
