import { useTranslation } from 'react-i18next';
import type { PlanZoneConversion } from '../../../../shared/plans/schema';
import { FormDialog } from '../../../components/FormDialog';
import { ConversionForm } from './ConversionForm';

/** `'new'` to add a conversion, or the conversion to edit. */
export type ConversionDialogTarget = PlanZoneConversion | 'new';

interface ConversionDialogProps {
  zoneId: string;
  zoneName: string;
  target: ConversionDialogTarget | null;
  onClose: () => void;
}

export function ConversionDialog({ zoneId, zoneName, target, onClose }: ConversionDialogProps) {
  const { t } = useTranslation('plans');
  return (
    <FormDialog
      open={target !== null}
      onClose={onClose}
      title={t(target === 'new' ? 'conversion.addTitle' : 'conversion.editTitle', { zone: zoneName })}
      description={t('conversion.dialogDescription')}
    >
      {target !== null && <ConversionForm zoneId={zoneId} conversion={target === 'new' ? null : target} onDone={onClose} />}
    </FormDialog>
  );
}
