import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/consultations/person';
import { usePersonName } from '../personName';
import { ContributionFields, contributionDraft, contributionRow, EMPTY_CONTRIBUTION, type ContributionDraft } from './ContributionFields';
import { OutcomeEditDialog } from './OutcomeEditDialog';
import { OutcomeError } from './OutcomeError';
import { OutcomeRowActions } from './OutcomeRowActions';
import type { ConsultationDetail } from './toConsultationInput';
import { useOutcomeRowSave } from './useOutcomeRowSave';
import { useSaveOutcome } from './useSaveOutcome';
import { SubmitActions } from '../../../components/form/SubmitActions';

/** Issues raised, by a registered person or by a group, and the answer given; each can be edited where it is. */
export function ContributionsSection({ detail, people }: { detail: ConsultationDetail; people: readonly Person[] }) {
  const { t } = useTranslation(['consultations', 'common']);
  const id = useId();
  const nameOf = usePersonName();
  const outcome = useSaveOutcome(detail);
  const adding = useOutcomeRowSave(detail, 'contributions');
  const editing = useOutcomeRowSave(detail, 'contributions');
  const [draft, setDraft] = useState(EMPTY_CONTRIBUTION);
  const [edited, setEdited] = useState<{ index: number; draft: ContributionDraft } | null>(null);
  const byId = new Map(people.map((person) => [person.id, person]));
  const raisedBy = (personId: string | null, groupLabel: string | null) => {
    const person = personId ? byId.get(personId) : undefined;
    return person ? nameOf(person) : (groupLabel ?? '');
  };
  const closeEdit = () => {
    editing.clear();
    setEdited(null);
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    adding.submit(contributionRow(draft), undefined, () => setDraft(EMPTY_CONTRIBUTION));
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('contributions.title')}</h2>
      {detail.contributions.length === 0 ? (
        <p className="muted">{t('contributions.empty')}</p>
      ) : (
        <ul className="outcome-list">
          {detail.contributions.map((c, index) => (
            <li key={c.id} className="outcome">
              <p className="outcome__main">{c.issue}</p>
              <p className="muted">{t('contributions.raisedByValue', { who: raisedBy(c.personId, c.groupLabel) })}</p>
              {c.response && <p>{t('contributions.responseValue', { response: c.response })}</p>}
              <OutcomeRowActions
                editLabel={t('contributions.edit', { issue: c.issue })}
                deleteLabel={t('contributions.delete', { issue: c.issue })}
                onEdit={() => setEdited({ index, draft: contributionDraft(c) })}
                onDelete={() =>
                  outcome.removeWithUndo(
                    (form) => ({ ...form, contributions: form.contributions?.filter((row) => row.id !== c.id) }),
                    (form) => ({ ...form, contributions: [...(form.contributions ?? []), contributionRow(contributionDraft(c))] }),
                    t('contributions.deleted'),
                    t('common:undo'),
                  )
                }
              />
            </li>
          ))}
        </ul>
      )}
      <form noValidate className="stack outcome-form" aria-label={t('contributions.add')} onSubmit={add}>
        {(adding.failure ?? outcome.error) !== null && <OutcomeError title={t('editor.saveFailed')} error={adding.failure ?? outcome.error} />}
        <ContributionFields value={draft} onChange={setDraft} people={people} errors={adding.errors} />
        <SubmitActions disabled={adding.saving || draft.issue.trim() === ''} primary={false}>
          {t('contributions.add')}
        </SubmitActions>
      </form>
      <OutcomeEditDialog
        open={edited !== null}
        title={t('contributions.editTitle')}
        saving={editing.saving}
        failure={editing.failure}
        onClose={closeEdit}
        onSubmit={() => edited && editing.submit(contributionRow(edited.draft), edited.index, closeEdit)}
      >
        {edited && <ContributionFields value={edited.draft} onChange={(next) => setEdited({ ...edited, draft: next })} people={people} errors={editing.errors} />}
      </OutcomeEditDialog>
    </section>
  );
}
