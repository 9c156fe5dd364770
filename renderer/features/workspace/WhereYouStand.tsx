import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/i18n/useFormat';
import { CYCLE_SECTIONS } from '../../app/layout/sections';
import { useLandTypes } from '../landtypes/landTypeQueries';

/** Where the working group stands in the LDN cycle: what is recorded, what has not started. */
export function WhereYouStand() {
  const { t } = useTranslation(['workspace', 'nav']);
  const format = useFormat();
  const landTypes = useLandTypes().data?.items;
  return (
    <ol className="cycle-steps">
      <li className="cycle-step">
        <Link to="/workspace/land-types" className="cycle-step__name">
          {t('nav:page.landTypes')}
        </Link>
        <span className="cycle-step__status">
          {landTypes === undefined
            ? ''
            : landTypes.length === 0
              ? t('overview.noneYet')
              : t('overview.recorded', { number: format.number(landTypes.length) })}
        </span>
      </li>
      {CYCLE_SECTIONS.map((section) =>
        section.built ? (
          <li key={section.id} className="cycle-step">
            <Link to={section.path} className="cycle-step__name">
              {t(`nav:section.${section.id}`)}
            </Link>
          </li>
        ) : (
          <li key={section.id} className="cycle-step cycle-step--not-started">
            <span className="cycle-step__name">{t(`nav:section.${section.id}`)}</span>
            <span className="cycle-step__status">{t('overview.notStarted')}</span>
          </li>
        ),
      )}
    </ol>
  );
}
