import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommandQuery } from '../../app/backend/commandQueries';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useLandTypes } from '../landtypes/landTypeQueries';
import { usePlans } from '../plans/planQueries';
import { useTargets } from '../targets/targetQueries';
import { AreaSumTable } from './AreaSumTable';

/**
 * The mapped areas added up: per land type (its own shape, and the plan zones lying in it), per land-use
 * plan (its zones), and where target areas overlap land types — the numbers a report states, next to the map.
 * Each plan's zoned area is the one `plans.list` sums for the plans page, so the two pages cannot disagree.
 */
export function AreaSums() {
  const { t } = useTranslation('maps');
  const headingId = useId();
  const summary = useCommandQuery('maps.summary', {});
  const landTypes = useLandTypes();
  const plans = usePlans();
  const targets = useTargets();
  const queries = [summary, landTypes, plans, targets];
  const failed = queries.find((query) => query.isError);

  const landTypeLabel = (id: string) => {
    const found = landTypes.data?.items.find((landType) => landType.id === id);
    return found ? `${found.code} · ${found.name}` : id;
  };
  const targetText = (id: string) => targets.data?.items.find((target) => target.id === id)?.text ?? id;

  // Tables only once every name is known, so no row shows an id for a moment.
  const ready = queries.every((query) => query.data);
  const sums = ready ? summary.data : undefined;
  const planList = ready ? (plans.data?.items ?? []) : [];
  const nothingMapped =
    sums !== undefined &&
    sums.byLandType.every((row) => row.mappedKm2 === 0 && row.planZonesKm2 === 0) &&
    planList.every((plan) => (plan.zonesAreaKm2 ?? 0) === 0) &&
    sums.targetLandTypeOverlaps.length === 0;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sums.title')}</h2>
      {failed?.error && <ErrorAlert error={failed.error} />}
      {!failed && !sums && <LoadingState />}
      {sums && nothingMapped && (
        <EmptyState title={t('sums.empty.title')}>
          <p>{t('sums.empty.body')}</p>
        </EmptyState>
      )}
      {sums && !nothingMapped && (
        <>
          {sums.byLandType.length > 0 && (
            <AreaSumTable
              caption={t('sums.byLandType.caption')}
              help={t('sums.byLandType.help')}
              labelHeadings={[t('sums.byLandType.landType')]}
              areaHeadings={[t('sums.byLandType.mapped'), t('sums.byLandType.planZones')]}
              rows={sums.byLandType.map((row) => ({
                key: row.landTypeId,
                labels: [landTypeLabel(row.landTypeId)],
                areasKm2: [row.mappedKm2, row.planZonesKm2],
              }))}
            />
          )}
          {planList.length > 0 && (
            <AreaSumTable
              caption={t('sums.plans.caption')}
              help={t('sums.plans.help')}
              labelHeadings={[t('sums.plans.plan')]}
              areaHeadings={[t('sums.plans.zoned')]}
              rows={planList.map((plan) => ({ key: plan.id, labels: [plan.name], areasKm2: [plan.zonesAreaKm2 ?? 0] }))}
            />
          )}
          {sums.targetLandTypeOverlaps.length > 0 ? (
            <AreaSumTable
              caption={t('sums.overlaps.caption')}
              help={t('sums.overlaps.help')}
              labelHeadings={[t('sums.overlaps.target'), t('sums.overlaps.landType')]}
              areaHeadings={[t('sums.overlaps.shared')]}
              rows={sums.targetLandTypeOverlaps.map((row) => ({
                key: `${row.targetId}-${row.landTypeId}`,
                labels: [targetText(row.targetId), landTypeLabel(row.landTypeId)],
                areasKm2: [row.overlapKm2],
              }))}
            />
          ) : (
            <p className="muted">{t('sums.overlaps.none')}</p>
          )}
        </>
      )}
    </section>
  );
}
