import { useTranslation } from 'react-i18next';
import type { LandType } from '../../../shared/landtypes/schema';
import { FormDialog } from '../../components/FormDialog';
import { GeometryEditor } from '../maps/GeometryEditor';
import { LandTypeForm } from './LandTypeForm';

/** `'new'` to add a land type, or the land type to edit. */
export type LandTypeDialogTarget = LandType | 'new';

export function LandTypeDialog({ target, onClose }: { target: LandTypeDialogTarget | null; onClose: () => void }) {
  const { t } = useTranslation('landtypes');
  const landType = target === 'new' ? null : target;
  return (
    <FormDialog
      open={target !== null}
      onClose={onClose}
      title={landType ? t('dialog.editTitle', { code: landType.code }) : t('dialog.addTitle')}
      description={t('dialog.description')}
    >
      {target !== null && <LandTypeForm landType={landType} onSaved={onClose} onCancel={onClose} />}
      {landType && <GeometryEditor ownerEntity="landtype" ownerId={landType.id} ownerLabel={landType.name} headingLevel={3} />}
    </FormDialog>
  );
}
