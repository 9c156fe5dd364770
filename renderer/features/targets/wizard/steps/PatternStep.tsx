import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TARGET_PATTERNS, type TargetPattern } from '../../../../../shared/targets/codes';
import { useCodeLabels } from '../../labels';
import type { TargetFormApi } from '../targetValues';

/** Step 1: the shape of target to start from, each explained in plain words with a real example. */
export function PatternStep({ form, onChoose }: { form: TargetFormApi; onChoose: (pattern: TargetPattern) => void }) {
  const { t } = useTranslation('targets');
  const labels = useCodeLabels();
  const current = useWatch({ control: form.control, name: 'pattern' });
  const { ref } = form.register('pattern');
  return (
    <fieldset className="pattern-choice">
      <legend className="field__label">{t('field.pattern')}</legend>
      {TARGET_PATTERNS.map((pattern, index) => (
        <label key={pattern} className="pattern-choice__option">
          <input
            type="radio"
            name="pattern"
            value={pattern}
            checked={current === pattern}
            onChange={() => onChoose(pattern)}
            ref={index === 0 ? ref : undefined}
          />
          <span className="pattern-choice__title">{labels.code('pattern', pattern)}</span>
          <span className="pattern-choice__description">{t(`patternHelp.${pattern}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
