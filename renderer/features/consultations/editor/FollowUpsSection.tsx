import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/consultations/person';
import { usePersonName } from '../personName';
import { localToday, useConsultationFormat } from '../useConsultationFormat';
import { OutcomeError } from './OutcomeError';
import { PersonSelect } from './PersonSelect';
import type { ConsultationDetail } from './toConsultationInput';
import { useSaveOutcome } from './useSaveOutcome';

const EMPTY = { description: '', ownerId: '', dueDate: '' };

/** What was agreed to be done after the consultation, by whom and by when. */
export function FollowUpsSection({ detail, people }: { detail: ConsultationDetail; people: readonly Person[] }) {
  const { t } = useTranslation(['consultations', 'common']);
  const id = useId();
  const nameOf = usePersonName();
  const { date } = useConsultationFormat();
  const outcome = useSaveOutcome(detail);
  const [draft, setDraft] = useState(EMPTY);
  const ownerName = (ownerId: string) => {
    const owner = people.find((person) => person.id === ownerId);
    return owner ? nameOf(owner) : '';
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    outcome.apply((form) => ({ ...form, actions: [...(form.actions ?? []), draft] }), () => setDraft(EMPTY));
  };
  const setDone = (actionId: string, done: boolean) =>
    outcome.apply((form) => ({
      ...form,
      actions: form.actions?.map((row) => (row.id === actionId ? { ...row, completedDate: done ? localToday() : undefined } : row)),
    }));

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('followUps.title')}</h2>
      {detail.actions.length === 0 ? (
        <p className="muted">{t('followUps.empty')}</p>
      ) : (
        <ul className="outcome-list">
          {detail.actions.map((action) => (
            <li key={action.id} className="outcome">
              <label className="checkbox">
                <input type="checkbox" checked={action.completedDate !== null} onChange={(event) => setDone(action.id, event.target.checked)} />
                <span className="outcome__main">{action.description}</span>
              </label>
              <p className="muted">
                {t('followUps.ownerDue', { owner: ownerName(action.ownerId), due: date(action.dueDate) })}
                {action.completedDate && ` · ${t('followUps.doneOn', { date: date(action.completedDate) })}`}
              </p>
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={t('followUps.delete', { description: action.description })}
                onClick={() =>
                  outcome.removeWithUndo(
                    (form) => ({ ...form, actions: form.actions?.filter((row) => row.id !== action.id) }),
                    (form) => ({
                      ...form,
                      actions: [...(form.actions ?? []), { description: action.description, ownerId: action.ownerId, dueDate: action.dueDate, completedDate: action.completedDate ?? undefined }],
                    }),
                    t('followUps.deleted'),
                    t('common:undo'),
                  )
                }
              >
                {t('common:delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="stack outcome-form" aria-label={t('followUps.add')} onSubmit={add}>
        {outcome.error !== null && <OutcomeError title={t('editor.saveFailed')} error={outcome.error} />}
        <label htmlFor={`${id}-description`}>{t('followUps.description')}</label>
        <input id={`${id}-description`} type="text" required value={draft.description} onChange={(event) => setDraft({ ...draft, description: event.target.value })} />
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-owner`}>{t('followUps.owner')}</label>
            <PersonSelect id={`${id}-owner`} required value={draft.ownerId} people={people} placeholder={t('followUps.chooseOwner')} onChange={(ownerId) => setDraft({ ...draft, ownerId })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-due`}>{t('followUps.dueDate')}</label>
            <input id={`${id}-due`} type="date" required value={draft.dueDate} onChange={(event) => setDraft({ ...draft, dueDate: event.target.value })} />
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={outcome.saving || draft.description.trim() === '' || draft.ownerId === '' || draft.dueDate === ''}>
            {t('followUps.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
