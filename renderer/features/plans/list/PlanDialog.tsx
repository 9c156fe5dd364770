import { useTranslation } from 'react-i18next';
import type { LandUsePlan } from '../../../../shared/plans/schema';
import { FormDialog } from '../../../components/FormDialog';
import { PlanForm } from './PlanForm';

/** `'new'` to add a plan, or the plan to edit. */
export type PlanDialogTarget = LandUsePlan | 'new';

export function PlanDialog({ target, onClose }: { target: PlanDialogTarget | null; onClose: () => void }) {
  const { t } = useTranslation('plans');
  const plan = target === 'new' ? null : target;
  return (
    <FormDialog
      open={target !== null}
      onClose={onClose}
      title={plan ? t('plan.editTitle', { name: plan.name }) : t('plan.addTitle')}
      description={t('plan.dialogDescription')}
    >
      {target !== null && <PlanForm plan={plan} onDone={onClose} />}
    </FormDialog>
  );
}
