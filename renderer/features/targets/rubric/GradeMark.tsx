import { useTranslation } from 'react-i18next';
import type { RubricGrade } from '../../../../shared/targets/schema';

/** Shapes as well as colours, so that a grade reads the same in greyscale and to a colour-blind eye. */
export const GRADE_ICON: Record<RubricGrade, string> = { pass: '✓', partial: '◐', missing: '✗' };

/** A criterion's grade as an icon and its word ("Meets", "Partly meets", "Missing"). */
export function GradeMark({ grade }: { grade: RubricGrade }) {
  const { t } = useTranslation('targets');
  return (
    <span className={`grade grade--${grade}`}>
      <span aria-hidden="true" className="grade__icon">
        {GRADE_ICON[grade]}
      </span>{' '}
      {t(`rubric.grade.${grade}`)}
    </span>
  );
}
