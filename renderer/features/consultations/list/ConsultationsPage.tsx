import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Consultation } from '../../../../shared/consultations/consultation';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { useUndoableRemoval } from '../../../components/useUndoableRemoval';
import { ConsultationsNav } from '../ConsultationsNav';
import { useConsultations, useDeleteConsultation, useRestoreConsultation } from '../consultationQueries';
import { ConsultationsTable } from './ConsultationsTable';

export function ConsultationsPage() {
  const { t } = useTranslation(['consultations', 'common']);
  const consultations = useConsultations();
  const removal = useUndoableRemoval({ remove: useDeleteConsultation(), restore: useRestoreConsultation() });

  // A tombstone with its attendance and outcomes: Undo brings all of it back.
  const deleteConsultation = (consultation: Consultation) => removal.run({ id: consultation.id }, t('list.deleted', { title: consultation.title }));

  const addLink = (
    <Link className="button button--primary" to="/consultations/new">
      {t('list.add')}
    </Link>
  );
  const items = consultations.data?.items ?? [];
  return (
    <>
      <PageHeader title={t('list.title')} intro={t('list.intro')} actions={items.length > 0 ? addLink : undefined} />
      <ConsultationsNav />
      {removal.removeError && <ErrorAlert title={t('list.deleteFailed')} error={removal.removeError} />}
      {consultations.isPending && <LoadingState />}
      {consultations.isError && <ErrorAlert error={consultations.error} />}
      {consultations.isSuccess &&
        (items.length === 0 ? (
          <EmptyState title={t('list.empty.title')} action={addLink}>
            <p>{t('list.empty.body')}</p>
          </EmptyState>
        ) : (
          <ConsultationsTable items={items} onDelete={deleteConsultation} />
        ))}
    </>
  );
}
