import { Dialog } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import type { LandType } from '../../../shared/landtypes/schema';
import { LandTypeForm } from './LandTypeForm';

/** `'new'` to add a land type, or the land type to edit. */
export type LandTypeDialogTarget = LandType | 'new';

/** Radix gives the dialog its focus trap, Escape to close and focus back on the opening button. */
export function LandTypeDialog({ target, onClose }: { target: LandTypeDialogTarget | null; onClose: () => void }) {
  const { t } = useTranslation('landtypes');
  const landType = target === 'new' ? null : target;
  return (
    <Dialog.Root open={target !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title className="dialog__title">
            {landType ? t('dialog.editTitle', { code: landType.code }) : t('dialog.addTitle')}
          </Dialog.Title>
          <Dialog.Description className="dialog__description">{t('dialog.description')}</Dialog.Description>
          {target !== null && <LandTypeForm landType={landType} onSaved={onClose} onCancel={onClose} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
