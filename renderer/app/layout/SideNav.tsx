import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { CYCLE_SECTIONS, WORKSPACE_PAGES } from './sections';

export function SideNav() {
  const { t } = useTranslation('nav');
  return (
    <nav className="side-nav" aria-label={t('label')}>
      <ul className="side-nav__list">
        <li>
          <span className="side-nav__group">{t('section.workspace')}</span>
          <ul className="side-nav__sublist">
            {WORKSPACE_PAGES.map((page) => (
              <li key={page.id}>
                <NavLink className="side-nav__link" to={page.path} end>
                  {t(`page.${page.id}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </li>
        {CYCLE_SECTIONS.map((section) => (
          <li key={section.id}>
            <NavLink className="side-nav__link" to={section.path}>
              {t(`section.${section.id}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
