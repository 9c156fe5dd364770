import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSettings } from './settingsQueries';

/** Changes are signed with the member's name, so ask for it before the first change is made. */
export function ProfileNudge() {
  const { t } = useTranslation('settings');
  const profile = useSettings().data?.profile;
  if (!profile || profile.name.trim() !== '') return null;
  return (
    <div className="note">
      <p>{t('nudge.text')}</p>
      <Link to="/settings" className="button">
        {t('nudge.action')}
      </Link>
    </div>
  );
}
