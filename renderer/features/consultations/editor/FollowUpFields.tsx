import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/consultations/person';
import { PersonSelect } from './PersonSelect';
import { invalidProps, RowField } from './RowField';
import type { OutcomeRow, RowErrors } from './useOutcomeRowSave';

export interface FollowUpDraft {
  description: string;
  ownerId: string;
  dueDate: string;
  completedDate: string;
}
export const EMPTY_FOLLOW_UP: FollowUpDraft = { description: '', ownerId: '', dueDate: '', completedDate: '' };

/** A stored action (nulls) or a form row (fields left out) as the fields show it. */
export const followUpDraft = (row: { description: string; ownerId: string; dueDate: string; completedDate?: string | null }): FollowUpDraft => ({
  description: row.description,
  ownerId: row.ownerId,
  dueDate: row.dueDate,
  completedDate: row.completedDate ?? '',
});

export const followUpRow = (draft: FollowUpDraft): OutcomeRow<'actions'> => ({
  description: draft.description,
  ownerId: draft.ownerId,
  dueDate: draft.dueDate,
  completedDate: draft.completedDate || undefined,
});

interface FollowUpFieldsProps {
  value: FollowUpDraft;
  onChange: (value: FollowUpDraft) => void;
  people: readonly Person[];
  errors: RowErrors;
  /** The date it was done: edited in the dialog; a new action is not done yet (its checkbox marks it). */
  withCompletion?: boolean;
}

/** What is to be done, by whom and by when: the fields of the add form and of the edit dialog. */
export function FollowUpFields({ value, onChange, people, errors, withCompletion = false }: FollowUpFieldsProps) {
  const { t } = useTranslation('consultations');
  const id = useId();
  return (
    <>
      <RowField id={`${id}-description`} label={t('followUps.description')} error={errors.description}>
        {(describedBy) => (
          <input
            id={`${id}-description`}
            type="text"
            required
            {...invalidProps(describedBy)}
            value={value.description}
            onChange={(event) => onChange({ ...value, description: event.target.value })}
          />
        )}
      </RowField>
      <div className="field-row">
        <RowField id={`${id}-owner`} label={t('followUps.owner')} error={errors.ownerId}>
          {(describedBy) => (
            <PersonSelect
              id={`${id}-owner`}
              required
              value={value.ownerId}
              people={people}
              placeholder={t('followUps.chooseOwner')}
              describedBy={describedBy}
              onChange={(ownerId) => onChange({ ...value, ownerId })}
            />
          )}
        </RowField>
        <RowField id={`${id}-due`} label={t('followUps.dueDate')} error={errors.dueDate}>
          {(describedBy) => (
            <input id={`${id}-due`} type="date" required {...invalidProps(describedBy)} value={value.dueDate} onChange={(event) => onChange({ ...value, dueDate: event.target.value })} />
          )}
        </RowField>
        {withCompletion && (
          <RowField id={`${id}-done`} label={t('followUps.completedDate')} error={errors.completedDate}>
            {(describedBy) => (
              <input
                id={`${id}-done`}
                type="date"
                {...invalidProps(describedBy)}
                value={value.completedDate}
                onChange={(event) => onChange({ ...value, completedDate: event.target.value })}
              />
            )}
          </RowField>
        )}
      </div>
    </>
  );
}
