import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../../shared/plans/schema';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { useUndoableRemoval } from '../../../components/useUndoableRemoval';
import { usePlans, useRemoveAndRestore } from '../planQueries';
import { PlanDialog, type PlanDialogTarget } from './PlanDialog';
import { PlansTable } from './PlansTable';

/** The land-use plans of the workspace: add, edit, delete with undo; a plan's name opens its zones. */
export function PlansPage() {
  const { t } = useTranslation('plans');
  const plans = usePlans();
  const removal = useUndoableRemoval(useRemoveAndRestore('plan'));
  const [dialogTarget, setDialogTarget] = useState<PlanDialogTarget | null>(null);
  const items = plans.data?.items ?? [];

  const addButton = (
    <button type="button" className="button button--primary" onClick={() => setDialogTarget('new')}>
      {t('list.add')}
    </button>
  );
  const deletePlan = (plan: PlanSummary) => removal.run({ id: plan.id }, t('plan.deleted', { name: plan.name }));

  return (
    <>
      <PageHeader title={t('list.title')} intro={t('list.intro')} actions={items.length > 0 ? addButton : undefined} />
      {removal.removeError && <ErrorAlert title={t('deleteFailed')} error={removal.removeError} />}
      {removal.restoreError && <ErrorAlert title={t('restoreFailed')} error={removal.restoreError} />}
      {plans.isPending && <LoadingState />}
      {plans.isError && <ErrorAlert error={plans.error} />}
      {plans.isSuccess &&
        (items.length === 0 ? (
          <EmptyState title={t('list.empty.title')} action={addButton}>
            <p>{t('list.empty.body')}</p>
          </EmptyState>
        ) : (
          <PlansTable items={items} onEdit={setDialogTarget} onDelete={deletePlan} />
        ))}
      <PlanDialog target={dialogTarget} onClose={() => setDialogTarget(null)} />
    </>
  );
}
