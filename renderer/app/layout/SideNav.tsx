import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { APP_PAGES, CYCLE_SECTIONS, WORKSPACE_PAGES } from './sections';

/** Without an open workspace only the app's own pages are listed: the workspace and the cycle need one. */
export function SideNav({ workspaceOpen }: { workspaceOpen: boolean }) {
  const { t } = useTranslation('nav');
  return (
    <nav className="side-nav" aria-label={t('label')}>
      <ul className="side-nav__list">
        {workspaceOpen && (
          <>
            <li>
              <span className="side-nav__group">{t('section.workspace')}</span>
              <ul className="side-nav__sublist">
                {WORKSPACE_PAGES.map((page) => (
                  <PageLink key={page.id} page={page} />
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
          </>
        )}
        {APP_PAGES.map((page) => (
          <PageLink key={page.id} page={page} />
        ))}
      </ul>
    </nav>
  );
}

/** A single page (not a section with pages below it): current only at its own address. */
function PageLink({ page }: { page: (typeof WORKSPACE_PAGES | typeof APP_PAGES)[number] }) {
  const { t } = useTranslation('nav');
  return (
    <li>
      <NavLink className="side-nav__link" to={page.path} end>
        {t(`page.${page.id}`)}
      </NavLink>
    </li>
  );
}
