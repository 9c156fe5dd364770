import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Consultation } from '../../../../shared/consultations/consultation';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { focusPageHeading } from '../../../components/focusPageHeading';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { ConsultationsNav } from '../ConsultationsNav';
import { useConsultations, useDeleteConsultation, useRestoreConsultation } from '../consultationQueries';
import { ConsultationsTable } from './ConsultationsTable';

export function ConsultationsPage() {
  const { t } = useTranslation(['consultations', 'common']);
  const consultations = useConsultations();
  const remove = useDeleteConsultation();
  const restore = useRestoreConsultation();
  const showSnackbar = useSnackbarStore((state) => state.show);

  // A tombstone with its attendance and outcomes: Undo brings all of it back.
  const deleteConsultation = (consultation: Consultation) =>
    remove.mutate(
      { id: consultation.id },
      {
        onSuccess: () => {
          showSnackbar({
            text: t('list.deleted', { title: consultation.title }),
            action: { label: t('common:undo'), run: () => restore.mutate({ id: consultation.id }) },
          });
          focusPageHeading();
        },
      },
    );

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
      {remove.isError && <ErrorAlert title={t('list.deleteFailed')} error={remove.error} />}
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
