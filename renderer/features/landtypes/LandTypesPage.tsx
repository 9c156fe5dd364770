import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LandType } from '../../../shared/landtypes/schema';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { focusPageHeading } from '../../components/focusPageHeading';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useSnackbarStore } from '../../components/snackbarStore';
import { LandTypeDialog, type LandTypeDialogTarget } from './LandTypeDialog';
import { useDeleteLandType, useLandTypes, useRestoreLandType } from './landTypeQueries';
import { LandTypesTable } from './LandTypesTable';

export function LandTypesPage() {
  const { t } = useTranslation(['landtypes', 'common']);
  const landTypes = useLandTypes();
  const remove = useDeleteLandType();
  const restore = useRestoreLandType();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const [dialogTarget, setDialogTarget] = useState<LandTypeDialogTarget | null>(null);

  // No confirmation: deleting leaves a tombstone, and "Undo" restores it.
  const deleteLandType = (landType: LandType) =>
    remove.mutate(
      { id: landType.id },
      {
        onSuccess: () => {
          showSnackbar({
            text: t('deleted', { code: landType.code }),
            action: { label: t('common:undo'), run: () => restore.mutate({ id: landType.id }) },
          });
          // The row and its button are gone; continue from the top of the page, not from <body>.
          focusPageHeading();
        },
      },
    );

  const addButton = (
    <button type="button" className="button button--primary" onClick={() => setDialogTarget('new')}>
      {t('add')}
    </button>
  );
  const items = landTypes.data?.items ?? [];

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} actions={items.length > 0 ? addButton : undefined} />
      {remove.isError && <ErrorAlert title={t('deleteFailed')} error={remove.error} />}
      {restore.isError && <ErrorAlert title={t('restoreFailed')} error={restore.error} />}
      {landTypes.isPending && <LoadingState />}
      {landTypes.isError && <ErrorAlert error={landTypes.error} />}
      {landTypes.isSuccess &&
        (items.length === 0 ? (
          <EmptyState title={t('empty.title')} action={addButton}>
            <p>{t('empty.what')}</p>
            <p>{t('empty.example')}</p>
          </EmptyState>
        ) : (
          <LandTypesTable items={items} onEdit={setDialogTarget} onDelete={deleteLandType} />
        ))}
      <LandTypeDialog target={dialogTarget} onClose={() => setDialogTarget(null)} />
    </>
  );
}
