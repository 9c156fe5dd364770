import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { useTarget } from '../targetQueries';
import { TargetWizardForm } from './TargetWizardForm';

/** `/targets/new` (with `?parent=` for a sub-target) and `/targets/:id/edit` (with `?focus=` a field). */
export function NewTargetPage() {
  const { t } = useTranslation('targets');
  const [params] = useSearchParams();
  const parentId = params.get('parent');
  return (
    <>
      <PageHeader title={parentId ? t('wizard.newSubTitle') : t('wizard.newTitle')} intro={t('wizard.intro')} />
      {parentId ? <NewSubTarget parentId={parentId} /> : <TargetWizardForm target={null} />}
    </>
  );
}

function NewSubTarget({ parentId }: { parentId: string }) {
  const { t } = useTranslation('targets');
  const parent = useTarget(parentId);
  if (parent.isPending) return <LoadingState />;
  if (parent.isError) return <ErrorAlert error={parent.error} />;
  return (
    <>
      <p className="note">{t('wizard.subTargetOf', { parent: parent.data.text })}</p>
      <TargetWizardForm target={null} parentTargetId={parentId} />
    </>
  );
}

export function EditTargetPage() {
  const { t } = useTranslation('targets');
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const target = useTarget(id);
  return (
    <>
      <PageHeader title={t('wizard.editTitle')} intro={target.data?.text} />
      {target.isPending && <LoadingState />}
      {target.isError && <ErrorAlert error={target.error} />}
      {target.isSuccess && <TargetWizardForm target={target.data} initialFocus={params.get('focus') ?? undefined} />}
    </>
  );
}
