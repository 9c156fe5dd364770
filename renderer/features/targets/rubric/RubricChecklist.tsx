import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rubric, RubricReason } from '../../../../shared/targets/schema';
import { translateKey } from '../../../app/i18n/translateKey';
import { GradeMark } from './GradeMark';

interface RubricChecklistProps {
  rubric: Rubric;
  /** What lets the reader fix an unmet check (a button that focuses the field, a link to it), or null. */
  renderFix: (reason: RubricReason) => ReactNode;
}

/** Each criterion with its grade and, for every unmet check, why and where to fix it. */
export function RubricChecklist({ rubric, renderFix }: RubricChecklistProps) {
  const { t, i18n } = useTranslation('targets');
  return (
    <ul className="rubric-checklist">
      {rubric.map(({ criterion, grade, reasons }) => (
        <li key={criterion} className={`rubric-item rubric-item--${grade}`} aria-label={t('criterionGrade', { criterion: t(`rubric.${criterion}.title`), grade: t(`rubric.grade.${grade}`) })}>
          <p className="rubric-item__head">
            <span className="rubric-item__name">{t(`rubric.${criterion}.title`)}</span> <GradeMark grade={grade} />
          </p>
          <ul className="rubric-item__reasons">
            {reasons.map((reason) => (
              <li key={`${reason.key}-${reason.path?.join('.') ?? ''}`}>
                {translateKey(i18n, reason.key)} {reason.path && renderFix(reason)}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
