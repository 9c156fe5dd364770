import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { useActions } from '../targetQueries';
import { ActionsSection } from './ActionsSection';

/** SO1.IA.T1: every implemented action of the workspace, newest start first, with the targets each serves. */
export function ActionsPage() {
  const { t } = useTranslation('targets');
  const actions = useActions();
  return (
    <>
      <PageHeader title={t('actions.title')} intro={t('actions.intro')} />
      <p>
        <Link to="/targets">{t('detail.backToList')}</Link>
      </p>
      {actions.isPending && <LoadingState />}
      {actions.isError && <ErrorAlert error={actions.error} />}
      {actions.isSuccess && <ActionsSection actions={actions.data.items} withHeading={false} />}
    </>
  );
}
