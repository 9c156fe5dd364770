import { useTranslation } from 'react-i18next';
import { FormField } from '../../../../components/form/FormField';
import type { TargetFormApi } from '../targetValues';
import { useTargetSentence } from '../useTargetSentence';

interface SentenceStepProps {
  form: TargetFormApi;
  /** Editing a saved target: its sentence is what was agreed, never rewritten unasked. */
  saved: boolean;
  /** The target came from an earlier report: PRAIS asks what was revised. */
  needsRevisionNote: boolean;
}

/**
 * The target sentence, written from the fields until the person edits it by hand; after that it is theirs,
 * and "Regenerate" brings the written one back.
 */
export function SentenceStep({ form, saved, needsRevisionNote }: SentenceStepProps) {
  const { t } = useTranslation('targets');
  // Lives here, always mounted (hidden on other steps), so typing elsewhere re-renders this step only.
  const { generated, edited, markEdited: onEdit, regenerate: onRegenerate } = useTargetSentence(form, saved);
  const { errors } = form.formState;
  const text = form.register('text', { onChange: onEdit });
  return (
    <>
      <FormField label={t('field.text')} help={edited ? t('help.textEdited') : t('help.textGenerated')} error={errors.text} required>
        {(props) => <textarea {...props} {...text} rows={4} />}
      </FormField>
      {edited && generated !== null && (
        <button type="button" className="button" onClick={onRegenerate}>
          {t('wizard.regenerate')}
        </button>
      )}
      {needsRevisionNote && (
        <FormField label={t('field.revisionNote')} help={t('help.revisionNote')} error={errors.revisionNote} required>
          {(props) => <textarea {...props} {...form.register('revisionNote')} rows={3} />}
        </FormField>
      )}
    </>
  );
}
