import { useTranslation } from 'react-i18next';
import type { LandType } from '../../../shared/landtypes/schema';
import type { AnticipatedLoss, ResponseLevel, ResponseMeasure } from '../../../shared/worksheets/schema';
import { FormDialog } from '../../components/FormDialog';
import { LossForm } from './LossForm';
import { MeasureForm } from './MeasureForm';

/** A loss or a measure to add (null) or edit, in one land type. */
export type EntryDialogTarget =
  | { kind: 'loss'; landType: LandType; loss: AnticipatedLoss | null }
  | { kind: 'measure'; landType: LandType; level: ResponseLevel; measure: ResponseMeasure | null };

export function EntryDialog({ scenarioId, target, onClose }: { scenarioId: string; target: EntryDialogTarget | null; onClose: () => void }) {
  const { t } = useTranslation('worksheets');
  const code = target?.landType.code ?? '';
  const title =
    target?.kind === 'loss'
      ? t(target.loss ? 'dialog.editLoss' : 'dialog.addLoss', { code })
      : target?.kind === 'measure'
        ? t(target.measure ? 'dialog.editMeasure' : 'dialog.addMeasure', { code, level: t(`step.${target.level}.title`) })
        : '';
  return (
    <FormDialog
      open={target !== null}
      onClose={onClose}
      title={title}
      description={target?.kind === 'measure' ? t(`step.${target.level}.help`) : t('dialog.lossDescription')}
    >
      {target?.kind === 'loss' && <LossForm scenarioId={scenarioId} landTypeId={target.landType.id} loss={target.loss} onDone={onClose} />}
      {target?.kind === 'measure' && (
        <MeasureForm scenarioId={scenarioId} landTypeId={target.landType.id} level={target.level} measure={target.measure} onDone={onClose} />
      )}
    </FormDialog>
  );
}
