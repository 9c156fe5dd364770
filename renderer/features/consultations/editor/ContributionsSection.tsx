import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/consultations/person';
import { OutcomeError } from './OutcomeError';
import { usePersonName } from '../personName';
import { PersonSelect } from './PersonSelect';
import type { ConsultationDetail } from './toConsultationInput';
import { useSaveOutcome } from './useSaveOutcome';

const EMPTY = { issue: '', personId: '', groupLabel: '', response: '' };

/** Issues raised, by a registered person or by a group, and the answer given. */
export function ContributionsSection({ detail, people }: { detail: ConsultationDetail; people: readonly Person[] }) {
  const { t } = useTranslation(['consultations', 'common']);
  const id = useId();
  const nameOf = usePersonName();
  const outcome = useSaveOutcome(detail);
  const [draft, setDraft] = useState(EMPTY);
  const byId = new Map(people.map((person) => [person.id, person]));
  const raisedBy = (personId: string | null, groupLabel: string | null) => {
    const person = personId ? byId.get(personId) : undefined;
    return person ? nameOf(person) : (groupLabel ?? '');
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const row = {
      issue: draft.issue,
      personId: draft.personId || undefined,
      groupLabel: draft.personId ? undefined : draft.groupLabel.trim() || undefined,
      response: draft.response.trim() || undefined,
    };
    outcome.apply((form) => ({ ...form, contributions: [...(form.contributions ?? []), row] }), () => setDraft(EMPTY));
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('contributions.title')}</h2>
      {detail.contributions.length === 0 ? (
        <p className="muted">{t('contributions.empty')}</p>
      ) : (
        <ul className="outcome-list">
          {detail.contributions.map((c) => (
            <li key={c.id} className="outcome">
              <p className="outcome__main">{c.issue}</p>
              <p className="muted">{t('contributions.raisedByValue', { who: raisedBy(c.personId, c.groupLabel) })}</p>
              {c.response && <p>{t('contributions.responseValue', { response: c.response })}</p>}
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={t('contributions.delete', { issue: c.issue })}
                onClick={() =>
                  outcome.removeWithUndo(
                    (form) => ({ ...form, contributions: form.contributions?.filter((row) => row.id !== c.id) }),
                    (form) => ({ ...form, contributions: [...(form.contributions ?? []), { issue: c.issue, personId: c.personId ?? undefined, groupLabel: c.groupLabel ?? undefined, response: c.response ?? undefined }] }),
                    t('contributions.deleted'),
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
      <form className="stack outcome-form" aria-label={t('contributions.add')} onSubmit={add}>
        {outcome.error !== null && <OutcomeError title={t('editor.saveFailed')} error={outcome.error} />}
        <label htmlFor={`${id}-issue`}>{t('contributions.issue')}</label>
        <textarea id={`${id}-issue`} rows={2} required value={draft.issue} onChange={(event) => setDraft({ ...draft, issue: event.target.value })} />
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-person`}>{t('contributions.byPerson')}</label>
            <PersonSelect id={`${id}-person`} value={draft.personId} people={people} placeholder={t('contributions.noPerson')} onChange={(personId) => setDraft({ ...draft, personId })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-group`}>{t('contributions.byGroup')}</label>
            <input id={`${id}-group`} type="text" disabled={draft.personId !== ''} value={draft.groupLabel} onChange={(event) => setDraft({ ...draft, groupLabel: event.target.value })} />
          </div>
        </div>
        <label htmlFor={`${id}-response`}>{t('contributions.response')}</label>
        <textarea id={`${id}-response`} rows={2} value={draft.response} onChange={(event) => setDraft({ ...draft, response: event.target.value })} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={outcome.saving || draft.issue.trim() === ''}>
            {t('contributions.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
