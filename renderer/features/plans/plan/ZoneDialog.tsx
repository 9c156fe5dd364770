import { useTranslation } from 'react-i18next';
import type { PlanZone } from '../../../../shared/plans/schema';
import { FormDialog } from '../../../components/FormDialog';
import { ZoneForm } from './ZoneForm';

/** `'new'` to add a zone, or the zone to edit. */
export type ZoneDialogTarget = PlanZone | 'new';

export function ZoneDialog({ planId, target, onClose }: { planId: string; target: ZoneDialogTarget | null; onClose: () => void }) {
  const { t } = useTranslation('plans');
  const zone = target === 'new' ? null : target;
  return (
    <FormDialog
      open={target !== null}
      onClose={onClose}
      title={zone ? t('zone.editTitle', { name: zone.name }) : t('zone.addTitle')}
      description={t('zone.dialogDescription')}
    >
      {target !== null && <ZoneForm planId={planId} zone={zone} onDone={onClose} />}
    </FormDialog>
  );
}
