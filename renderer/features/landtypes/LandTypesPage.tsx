import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LandType } from '../../../shared/landtypes/schema';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useUndoableRemoval } from '../../components/useUndoableRemoval';
import { LandTypeDialog, type LandTypeDialogTarget } from './LandTypeDialog';
import { useDeleteLandType, useLandTypes, useRestoreLandType } from './landTypeQueries';
import { LandTypesTable } from './LandTypesTable';

export function LandTypesPage() {
  const { t } = useTranslation(['landtypes', 'common']);
  const landTypes = useLandTypes();
  const removal = useUndoableRemoval({ remove: useDeleteLandType(), restore: useRestoreLandType() });
  const [dialogTarget, setDialogTarget] = useState<LandTypeDialogTarget | null>(null);

  const deleteLandType = (landType: LandType) => removal.run({ id: landType.id }, t('deleted', { code: landType.code }));

  const addButton = (
    <button type="button" className="button button--primary" onClick={() => setDialogTarget('new')}>
      {t('add')}
    </button>
  );
  const items = landTypes.data?.items ?? [];

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} actions={items.length > 0 ? addButton : undefined} />
      {removal.removeError && <ErrorAlert title={t('deleteFailed')} error={removal.removeError} />}
      {removal.restoreError && <ErrorAlert title={t('restoreFailed')} error={removal.restoreError} />}
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
