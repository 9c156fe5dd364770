import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { LandUsePlan, PlanZone } from '../../../../shared/plans/schema';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { DecisionsBehind } from '../../consultations/DecisionsBehind';
import { PageHeader } from '../../../components/PageHeader';
import { useUndoableRemoval } from '../../../components/useUndoableRemoval';
import { useLandTypes } from '../../landtypes/landTypeQueries';
import { ZoneImportDialog } from '../import/ZoneImportDialog';
import { PlanDialog } from '../list/PlanDialog';
import { PLANS_PATH } from '../planPaths';
import { usePlan, useRemoveAndRestore } from '../planQueries';
import { PlanFacts } from './PlanFacts';
import { ZoneDialog, type ZoneDialogTarget } from './ZoneDialog';
import { ZonesTable } from './ZonesTable';

/** One plan: its fields, its zones (added by hand or imported from a file), each zone opening its conversions. */
export function PlanPage() {
  const { t } = useTranslation(['plans', 'nav']);
  const { planId = '' } = useParams();
  const query = usePlan(planId);
  const landTypes = useLandTypes().data?.items ?? [];
  const removal = useUndoableRemoval(useRemoveAndRestore('zone'));
  const [editingPlan, setEditingPlan] = useState<LandUsePlan | null>(null);
  const [zoneTarget, setZoneTarget] = useState<ZoneDialogTarget | null>(null);
  const [importing, setImporting] = useState(false);
  const plan = query.data?.plan;
  const zones = query.data?.zones ?? [];

  const deleteZone = (zone: PlanZone) => removal.run({ id: zone.id }, t('zone.deleted', { name: zone.name }));
  const actions = plan && (
    <button type="button" className="button" onClick={() => setEditingPlan(plan)}>
      {t('plan.edit')}
    </button>
  );

  return (
    <>
      <p className="plans-breadcrumb">
        <Link to={PLANS_PATH}>{t('plan.backToList')}</Link>
      </p>
      <PageHeader title={plan?.name ?? t('nav:section.plans')} actions={actions} />
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorAlert error={query.error} />}
      {removal.removeError && <ErrorAlert title={t('deleteFailed')} error={removal.removeError} />}
      {removal.restoreError && <ErrorAlert title={t('restoreFailed')} error={removal.restoreError} />}
      {plan && (
        <>
          <section className="panel" aria-labelledby="plan-details-heading">
            <h2 id="plan-details-heading">{t('plan.details')}</h2>
            <PlanFacts plan={plan} />
          </section>
          <section className="panel" aria-labelledby="plan-zones-heading">
            <h2 id="plan-zones-heading">{t('zones.title')}</h2>
            <p className="muted">{t('zones.help')}</p>
            {zones.length === 0 ? (
              <p className="muted">{t('zones.empty')}</p>
            ) : (
              <ZonesTable planId={plan.id} zones={zones} landTypes={landTypes} onEdit={setZoneTarget} onDelete={deleteZone} />
            )}
            <div className="form-actions">
              <button type="button" className="button button--primary" onClick={() => setZoneTarget('new')}>
                {t('zones.add')}
              </button>
              <button type="button" className="button" onClick={() => setImporting(true)}>
                {t('import.open')}
              </button>
            </div>
          </section>
          <DecisionsBehind subjectType="land_use_plan" subjectId={plan.id} recordLabel={plan.name} />
          <ZoneDialog planId={plan.id} target={zoneTarget} onClose={() => setZoneTarget(null)} />
          <ZoneImportDialog planId={plan.id} open={importing} onClose={() => setImporting(false)} />
        </>
      )}
      <PlanDialog target={editingPlan} onClose={() => setEditingPlan(null)} />
    </>
  );
}
