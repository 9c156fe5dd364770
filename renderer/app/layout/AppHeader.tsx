import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { LanguageSwitcher } from './LanguageSwitcher';
import { LargeTextToggle } from './LargeTextToggle';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <Link to="/" className="app-header__name">
        {t('appName')}
      </Link>
      <div className="app-header__tools">
        <NavLink to="/settings" className="button button--quiet">
          {t('profileLink')}
        </NavLink>
        <LargeTextToggle />
        <LanguageSwitcher />
      </div>
    </header>
  );
}
