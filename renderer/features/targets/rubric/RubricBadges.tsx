import { useTranslation } from 'react-i18next';
import type { Rubric } from '../../../../shared/targets/schema';
import { GRADE_ICON } from './GradeMark';

/**
 * The eight criteria of one target in a row of small badges: an icon per grade and the criterion's short
 * name; the grade in words is there for screen readers and as a tooltip.
 */
export function RubricBadges({ rubric }: { rubric: Rubric }) {
  const { t } = useTranslation('targets');
  return (
    <ul className="rubric-badges" aria-label={t('quality.badgesLabel')}>
      {rubric.map(({ criterion, grade }) => {
        const label = t('criterionGrade', { criterion: t(`rubric.${criterion}.title`), grade: t(`rubric.grade.${grade}`) });
        return (
          <li key={criterion} className={`rubric-badge rubric-badge--${grade}`} title={label}>
            <span aria-hidden="true">{GRADE_ICON[grade]}</span>
            <span aria-hidden="true">{t(`criterionShort.${criterion}`)}</span>
            <span className="visually-hidden">{label}</span>
          </li>
        );
      })}
    </ul>
  );
}
