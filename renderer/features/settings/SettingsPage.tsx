import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { ProfileForm } from './ProfileForm';
import { useSettings } from './settingsQueries';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const settings = useSettings();
  return (
    <>
      <PageHeader title={t('profile.title')} intro={t('profile.intro')} />
      {settings.isPending && <LoadingState />}
      {settings.isError && <ErrorAlert error={settings.error} />}
      {settings.data && (
        <section className="panel panel--narrow">
          <ProfileForm profile={settings.data.profile} />
        </section>
      )}
    </>
  );
}
