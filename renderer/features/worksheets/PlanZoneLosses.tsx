import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LandType } from '../../../shared/landtypes/schema';
import type { AnticipatedLoss, PlanZoneRef } from '../../../shared/worksheets/schema';
import { useFormat } from '../../app/i18n/useFormat';
import { TableScroll } from '../../components/TableScroll';
import { planPath } from '../plans/planPaths';

/**
 * Anticipated losses that come from a land-use plan: a zone's planned conversion that the transition matrix
 * counts as degradation. They count here in every scenario but are edited in their plan, so they have no
 * Edit or Delete button, and say where they come from with a link to the plan.
 */

/** Where a plan-zone loss comes from, as a link to its plan. */
function PlanZoneSource({ planZone }: { planZone: PlanZoneRef }) {
  const { t } = useTranslation('plans');
  return <Link to={planPath(planZone.planId)}>{t('worksheetLoss.fromPlan', { plan: planZone.planName, zone: planZone.zoneName })}</Link>;
}

/** A plan-zone loss as a row of a land type's losses table (area, driver, year, notes, actions). */
export function PlanZoneLossRow({ loss, planZone }: { loss: AnticipatedLoss; planZone: PlanZoneRef }) {
  const { t } = useTranslation(['plans', 'worksheets']);
  const format = useFormat();
  return (
    <tr className="plan-zone-loss">
      <td className="numeric">{format.areaKm2(loss.areaKm2)}</td>
      <td>{t(`worksheets:driver.${loss.driver}`)}</td>
      <td className="numeric">{format.year(loss.expectedYear)}</td>
      <td>
        <PlanZoneSource planZone={planZone} />
      </td>
      <td className="muted">{t('worksheetLoss.readOnly')}</td>
    </tr>
  );
}

/** The keyboard table edits entered losses only: the plan-zone losses of every land type are listed under it, read-only. */
export function PlanZoneLossesTable({ losses, landTypes }: { losses: readonly AnticipatedLoss[]; landTypes: readonly LandType[] }) {
  const { t } = useTranslation(['plans', 'worksheets']);
  const format = useFormat();
  const fromPlans = losses.flatMap((loss) => (loss.planZone ? [{ loss, planZone: loss.planZone }] : []));
  if (fromPlans.length === 0) return null;
  const codeOf = (landTypeId: string) => landTypes.find((landType) => landType.id === landTypeId)?.code ?? '';
  return (
    <TableScroll label={t('worksheetLoss.caption')}>
      <table className="data-table data-table--compact">
        <caption>{t('worksheetLoss.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('worksheets:grid.landType')}</th>
            <th scope="col" className="numeric">{t('worksheets:field.areaKm2')}</th>
            <th scope="col">{t('worksheets:field.driver')}</th>
            <th scope="col" className="numeric">{t('worksheets:field.expectedYear')}</th>
            <th scope="col">{t('worksheetLoss.source')}</th>
          </tr>
        </thead>
        <tbody>
          {fromPlans.map(({ loss, planZone }) => (
            <tr key={loss.id} className="plan-zone-loss">
              <th scope="row">{codeOf(loss.landTypeId)}</th>
              <td className="numeric">{format.areaKm2(loss.areaKm2)}</td>
              <td>{t(`worksheets:driver.${loss.driver}`)}</td>
              <td className="numeric">{format.year(loss.expectedYear)}</td>
              <td>
                <PlanZoneSource planZone={planZone} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
