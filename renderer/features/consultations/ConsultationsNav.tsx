import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The pages of the consultations section, in the order a workshop needs them. */
export const CONSULTATION_PAGES = [
  { id: 'consultations', path: '/consultations', end: true },
  { id: 'register', path: '/consultations/register', end: true },
  { id: 'workingGroup', path: '/consultations/working-group', end: true },
  { id: 'participation', path: '/consultations/participation', end: true },
] as const;

export function ConsultationsNav() {
  const { t } = useTranslation('consultations');
  return (
    <nav className="section-tabs" aria-label={t('nav.label')}>
      <ul className="section-tabs__list">
        {CONSULTATION_PAGES.map((page) => (
          <li key={page.id}>
            <NavLink className="section-tabs__link" to={page.path} end={page.end}>
              {t(`nav.${page.id}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
