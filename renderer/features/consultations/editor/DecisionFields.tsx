import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { invalidProps, RowField } from './RowField';
import { SubjectPicker, type SubjectChoice } from './SubjectPicker';
import type { OutcomeRow, RowErrors } from './useOutcomeRowSave';

export interface DecisionDraft {
  text: string;
  dissent: string;
  subject: SubjectChoice;
}
export const EMPTY_DECISION: DecisionDraft = { text: '', dissent: '', subject: { subjectType: '', subjectId: '' } };

/** A stored decision (nulls) or a form row (fields left out) as the fields show it. */
export const decisionDraft = (row: { text: string; dissent?: string | null; subjectType?: SubjectChoice['subjectType'] | null; subjectId?: string | null }): DecisionDraft => ({
  text: row.text,
  dissent: row.dissent ?? '',
  subject: { subjectType: row.subjectType ?? '', subjectId: row.subjectId ?? '' },
});

export const decisionRow = ({ text, dissent, subject }: DecisionDraft): OutcomeRow<'decisions'> => ({
  text,
  dissent: dissent.trim() || undefined,
  subjectType: subject.subjectType || undefined,
  subjectId: subject.subjectId || undefined,
});

interface DecisionFieldsProps {
  value: DecisionDraft;
  onChange: (value: DecisionDraft) => void;
  errors: RowErrors;
}

/** A decision, its dissent and the record it shaped: the fields of the add form and of the edit dialog. */
export function DecisionFields({ value, onChange, errors }: DecisionFieldsProps) {
  const { t } = useTranslation('consultations');
  const id = useId();
  return (
    <>
      <RowField id={`${id}-text`} label={t('decisions.text')} error={errors.text}>
        {(describedBy) => <textarea id={`${id}-text`} rows={2} required {...invalidProps(describedBy)} value={value.text} onChange={(event) => onChange({ ...value, text: event.target.value })} />}
      </RowField>
      <RowField id={`${id}-dissent`} label={t('decisions.dissent')} error={errors.dissent}>
        {(describedBy) => (
          <>
            <textarea
              id={`${id}-dissent`}
              rows={2}
              aria-describedby={[`${id}-dissent-help`, describedBy].filter(Boolean).join(' ')}
              aria-invalid={describedBy ? true : undefined}
              value={value.dissent}
              onChange={(event) => onChange({ ...value, dissent: event.target.value })}
            />
            <p id={`${id}-dissent-help`} className="field__help">
              {t('decisions.dissentHelp')}
            </p>
          </>
        )}
      </RowField>
      <SubjectPicker value={value.subject} onChange={(subject) => onChange({ ...value, subject })} error={errors.subjectId ?? errors.subjectType} />
    </>
  );
}
