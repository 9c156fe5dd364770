import { Dialog } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import type { LandType } from '../../../shared/landtypes/schema';
import type { AnticipatedLoss, ResponseLevel, ResponseMeasure } from '../../../shared/worksheets/schema';
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
    <Dialog.Root open={target !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title className="dialog__title">{title}</Dialog.Title>
          <Dialog.Description className="dialog__description">
            {target?.kind === 'measure' ? t(`step.${target.level}.help`) : t('dialog.lossDescription')}
          </Dialog.Description>
          {target?.kind === 'loss' && (
            <LossForm scenarioId={scenarioId} landTypeId={target.landType.id} loss={target.loss} onDone={onClose} />
          )}
          {target?.kind === 'measure' && (
            <MeasureForm
              scenarioId={scenarioId}
              landTypeId={target.landType.id}
              level={target.level}
              measure={target.measure}
              onDone={onClose}
            />
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
