import { useTranslation } from 'react-i18next';
import { useWatch, type Control } from 'react-hook-form';
import { assessTarget } from '../../../../shared/targets/rubric';
import type { RubricReason, TargetDetail, TargetForm } from '../../../../shared/targets/schema';
import { translateKey } from '../../../app/i18n/translateKey';
import { RubricChecklist } from '../rubric/RubricChecklist';
import { rubricSubjectOf, type TargetValues } from './targetValues';
import { stepOf } from './wizardSteps';

interface WizardRubricProps {
  control: Control<TargetValues, unknown, TargetForm>;
  /** The target being edited: its links and measures count too. */
  saved: TargetDetail | null;
  onFix: (field: string) => void;
}

/** The quality rubric beside the form, recomputed on every keystroke, each unmet check one click from its field. */
export function WizardRubric({ control, saved, onFix }: WizardRubricProps) {
  const { t, i18n } = useTranslation('targets');
  const values = useWatch({ control }) as TargetValues;
  const rubric = assessTarget(rubricSubjectOf(values, { links: saved?.links ?? [], measures: saved?.measures ?? [] }));
  const fix = (reason: RubricReason) => {
    const field = String(reason.path?.[0] ?? '');
    const fieldLabel = translateKey(i18n, `targets:field.${field}`);
    if (stepOf(field) >= 0) {
      return (
        <button type="button" className="link-button" onClick={() => onFix(field)}>
          {t('quality.goToField', { field: fieldLabel })}
        </button>
      );
    }
    // Links and measures are added on the target's page; a link from here would drop what is being typed.
    return <span className="muted">{t('quality.onTargetPage', { field: fieldLabel })}</span>;
  };
  const passed = rubric.filter((result) => result.grade === 'pass').length;
  return (
    <aside className="target-wizard__rubric" aria-labelledby="wizard-rubric-title">
      <h2 id="wizard-rubric-title">{t('quality.title')}</h2>
      <p aria-live="polite">{t('quality.passed', { passed, total: rubric.length })}</p>
      <RubricChecklist rubric={rubric} renderFix={fix} />
    </aside>
  );
}
