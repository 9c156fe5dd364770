import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { ProfileNudge } from '../settings/ProfileNudge';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { OpenWorkspaceSection } from './OpenWorkspaceSection';

export function WelcomePage() {
  const { t } = useTranslation('workspace');
  return (
    <>
      <PageHeader title={t('welcome.title')} intro={t('welcome.intro')} />
      <ProfileNudge />
      <div className="welcome">
        <section className="panel" aria-labelledby="open-workspace-heading">
          <h2 id="open-workspace-heading">{t('open.heading')}</h2>
          <OpenWorkspaceSection />
        </section>
        <section className="panel" aria-labelledby="create-workspace-heading">
          <h2 id="create-workspace-heading">{t('create.heading')}</h2>
          <CreateWorkspaceForm />
        </section>
      </div>
    </>
  );
}
