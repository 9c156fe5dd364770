import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PlanZoneConversion } from '../../../../shared/plans/schema';
import { useFormat } from '../../../app/i18n/useFormat';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { useUndoableRemoval } from '../../../components/useUndoableRemoval';
import { useLandTypes } from '../../landtypes/landTypeQueries';
import { GeometryEditor } from '../../maps/GeometryEditor';
import { usePlanLabels } from '../labels';
import { ZoneDialog } from '../plan/ZoneDialog';
import { planPath } from '../planPaths';
import { usePlan, useRemoveAndRestore } from '../planQueries';
import { ConversionDialog, type ConversionDialogTarget } from './ConversionDialog';
import { ConversionsTable } from './ConversionsTable';

/** Where the national transition matrix is kept: it decides which conversions are losses. */
const TRANSITION_MATRIX_PATH = '/baseline/land-cover';

/** One zone of a plan: its fields, its planned conversions (and which of them are losses), its boundary. */
export function ZonePage() {
  const { t } = useTranslation(['plans', 'nav']);
  const { planId = '', zoneId = '' } = useParams();
  const query = usePlan(planId);
  const landTypes = useLandTypes().data?.items ?? [];
  const labels = usePlanLabels();
  const format = useFormat();
  const removal = useUndoableRemoval(useRemoveAndRestore('conversion'));
  const [editingZone, setEditingZone] = useState(false);
  const [conversionTarget, setConversionTarget] = useState<ConversionDialogTarget | null>(null);
  const plan = query.data?.plan;
  const zone = query.data?.zones.find((item) => item.id === zoneId);
  const landType = landTypes.find((item) => item.id === zone?.landTypeId);
  const landTypeLabel = landType ? t('zone.landTypeOption', { code: landType.code, name: landType.name }) : null;

  const deleteConversion = (conversion: PlanZoneConversion) =>
    removal.run(
      { id: conversion.id },
      t('conversion.deleted', { from: labels.landCover(conversion.fromClass), to: labels.landCover(conversion.toClass) }),
    );

  return (
    <>
      {plan && (
        <p className="plans-breadcrumb">
          <Link to={planPath(plan.id)}>{t('zone.backToPlan', { plan: plan.name })}</Link>
        </p>
      )}
      <PageHeader
        title={zone ? t('zone.title', { name: zone.name }) : t('nav:section.plans')}
        actions={
          zone && (
            <button type="button" className="button" onClick={() => setEditingZone(true)}>
              {t('zone.edit')}
            </button>
          )
        }
      />
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorAlert error={query.error} />}
      {query.isSuccess && !zone && (
        <p role="alert" className="alert alert--error">
          {t('zone.notFound')}
        </p>
      )}
      {removal.removeError && <ErrorAlert title={t('deleteFailed')} error={removal.removeError} />}
      {removal.restoreError && <ErrorAlert title={t('restoreFailed')} error={removal.restoreError} />}
      {plan && zone && (
        <>
          <dl className="details">
            <dt>{t('zone.field.zoningClass')}</dt>
            <dd>{labels.zoningClass(zone.zoningClass)}</dd>
            <dt>{t('zone.field.landType')}</dt>
            <dd>{landTypeLabel ?? t('zone.noLandType')}</dd>
            <dt>{t('zones.mappedArea')}</dt>
            <dd>{zone.areaKm2 === null ? t('notMapped') : format.areaKm2(zone.areaKm2)}</dd>
            {zone.notes && (
              <>
                <dt>{t('zone.field.notes')}</dt>
                <dd>{zone.notes}</dd>
              </>
            )}
          </dl>
          <section className="panel" aria-labelledby="zone-conversions-heading">
            <h2 id="zone-conversions-heading">{t('conversions.title')}</h2>
            <p className="muted">
              {t('conversions.help')} <Link to={TRANSITION_MATRIX_PATH}>{t('conversions.matrixLink')}</Link>
            </p>
            {zone.conversions.length === 0 ? (
              <p className="muted">{t('conversions.empty')}</p>
            ) : (
              <ConversionsTable
                zoneName={zone.name}
                conversions={zone.conversions}
                landTypeLabel={landTypeLabel}
                onEdit={setConversionTarget}
                onDelete={deleteConversion}
              />
            )}
            <button type="button" className="button button--primary" onClick={() => setConversionTarget('new')}>
              {t('conversions.add')}
            </button>
          </section>
          <GeometryEditor ownerEntity="plan_zone" ownerId={zone.id} ownerLabel={zone.name} />
          <ZoneDialog planId={plan.id} target={editingZone ? zone : null} onClose={() => setEditingZone(false)} />
          <ConversionDialog zoneId={zone.id} zoneName={zone.name} target={conversionTarget} onClose={() => setConversionTarget(null)} />
        </>
      )}
    </>
  );
}
