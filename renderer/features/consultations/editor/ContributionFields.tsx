import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/consultations/person';
import { PersonSelect } from './PersonSelect';
import { invalidProps, RowField } from './RowField';
import type { OutcomeRow, RowErrors } from './useOutcomeRowSave';

export interface ContributionDraft {
  issue: string;
  personId: string;
  groupLabel: string;
  response: string;
}
export const EMPTY_CONTRIBUTION: ContributionDraft = { issue: '', personId: '', groupLabel: '', response: '' };

/** A stored issue (nulls) or a form row (fields left out) as the fields show it. */
export const contributionDraft = (row: { issue: string; personId?: string | null; groupLabel?: string | null; response?: string | null }): ContributionDraft => ({
  issue: row.issue,
  personId: row.personId ?? '',
  groupLabel: row.groupLabel ?? '',
  response: row.response ?? '',
});

/** The row as the form sends it: empty fields left out, and the group only when no person is chosen. */
export const contributionRow = (draft: ContributionDraft): OutcomeRow<'contributions'> => ({
  issue: draft.issue,
  personId: draft.personId || undefined,
  groupLabel: draft.personId ? undefined : draft.groupLabel.trim() || undefined,
  response: draft.response.trim() || undefined,
});

interface ContributionFieldsProps {
  value: ContributionDraft;
  onChange: (value: ContributionDraft) => void;
  people: readonly Person[];
  errors: RowErrors;
}

/** An issue raised, by a registered person or by a group, and the answer: the fields of the add form and of the edit dialog. */
export function ContributionFields({ value, onChange, people, errors }: ContributionFieldsProps) {
  const { t } = useTranslation('consultations');
  const id = useId();
  return (
    <>
      <RowField id={`${id}-issue`} label={t('contributions.issue')} error={errors.issue}>
        {(describedBy) => (
          <textarea id={`${id}-issue`} rows={2} required {...invalidProps(describedBy)} value={value.issue} onChange={(event) => onChange({ ...value, issue: event.target.value })} />
        )}
      </RowField>
      <div className="field-row">
        <RowField id={`${id}-person`} label={t('contributions.byPerson')} error={errors.personId}>
          {(describedBy) => (
            <PersonSelect
              id={`${id}-person`}
              value={value.personId}
              people={people}
              placeholder={t('contributions.noPerson')}
              describedBy={describedBy}
              onChange={(personId) => onChange({ ...value, personId })}
            />
          )}
        </RowField>
        <RowField id={`${id}-group`} label={t('contributions.byGroup')} error={errors.groupLabel}>
          {(describedBy) => (
            <input
              id={`${id}-group`}
              type="text"
              disabled={value.personId !== ''}
              {...invalidProps(describedBy)}
              value={value.groupLabel}
              onChange={(event) => onChange({ ...value, groupLabel: event.target.value })}
            />
          )}
        </RowField>
      </div>
      <RowField id={`${id}-response`} label={t('contributions.response')} error={errors.response}>
        {(describedBy) => (
          <textarea id={`${id}-response`} rows={2} {...invalidProps(describedBy)} value={value.response} onChange={(event) => onChange({ ...value, response: event.target.value })} />
        )}
      </RowField>
    </>
  );
}
