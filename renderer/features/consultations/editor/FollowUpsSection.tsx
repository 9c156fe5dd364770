import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/consultations/person';
import { usePersonName } from '../personName';
import { localToday, useConsultationFormat } from '../useConsultationFormat';
import { EMPTY_FOLLOW_UP, FollowUpFields, followUpDraft, followUpRow, type FollowUpDraft } from './FollowUpFields';
import { OutcomeEditDialog } from './OutcomeEditDialog';
import { OutcomeError } from './OutcomeError';
import { OutcomeRowActions } from './OutcomeRowActions';
import type { ConsultationDetail } from './toConsultationInput';
import { useOutcomeRowSave } from './useOutcomeRowSave';
import { useSaveOutcome } from './useSaveOutcome';
import { SubmitActions } from '../../../components/form/SubmitActions';

/** What was agreed to be done after the consultation, by whom and by when; each action can be edited where it is. */
export function FollowUpsSection({ detail, people }: { detail: ConsultationDetail; people: readonly Person[] }) {
  const { t } = useTranslation(['consultations', 'common']);
  const id = useId();
  const nameOf = usePersonName();
  const { date } = useConsultationFormat();
  const outcome = useSaveOutcome(detail);
  const adding = useOutcomeRowSave(detail, 'actions');
  const editing = useOutcomeRowSave(detail, 'actions');
  const [draft, setDraft] = useState(EMPTY_FOLLOW_UP);
  const [edited, setEdited] = useState<{ index: number; draft: FollowUpDraft } | null>(null);
  const closeEdit = () => {
    editing.clear();
    setEdited(null);
  };
  const ownerName = (ownerId: string) => {
    const owner = people.find((person) => person.id === ownerId);
    return owner ? nameOf(owner) : '';
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    adding.submit(followUpRow(draft), undefined, () => setDraft(EMPTY_FOLLOW_UP));
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
          {detail.actions.map((action, index) => (
            <li key={action.id} className="outcome">
              <label className="checkbox">
                <input type="checkbox" checked={action.completedDate !== null} onChange={(event) => setDone(action.id, event.target.checked)} />
                <span className="outcome__main">{action.description}</span>
              </label>
              <p className="muted">
                {t('followUps.ownerDue', { owner: ownerName(action.ownerId), due: date(action.dueDate) })}
                {action.completedDate && ` · ${t('followUps.doneOn', { date: date(action.completedDate) })}`}
              </p>
              <OutcomeRowActions
                editLabel={t('followUps.edit', { description: action.description })}
                deleteLabel={t('followUps.delete', { description: action.description })}
                onEdit={() => setEdited({ index, draft: followUpDraft(action) })}
                onDelete={() =>
                  outcome.removeWithUndo(
                    (form) => ({ ...form, actions: form.actions?.filter((row) => row.id !== action.id) }),
                    (form) => ({ ...form, actions: [...(form.actions ?? []), followUpRow(followUpDraft(action))] }),
                    t('followUps.deleted'),
                    t('common:undo'),
                  )
                }
              />
            </li>
          ))}
        </ul>
      )}
      <form noValidate className="stack outcome-form" aria-label={t('followUps.add')} onSubmit={add}>
        {(adding.failure ?? outcome.error) !== null && <OutcomeError title={t('editor.saveFailed')} error={adding.failure ?? outcome.error} />}
        <FollowUpFields value={draft} onChange={setDraft} people={people} errors={adding.errors} />
        <SubmitActions disabled={adding.saving || draft.description.trim() === '' || draft.ownerId === '' || draft.dueDate === ''} primary={false}>
          {t('followUps.add')}
        </SubmitActions>
      </form>
      <OutcomeEditDialog
        open={edited !== null}
        title={t('followUps.editTitle')}
        saving={editing.saving}
        failure={editing.failure}
        onClose={closeEdit}
        onSubmit={() => edited && editing.submit(followUpRow(edited.draft), edited.index, closeEdit)}
      >
        {edited && <FollowUpFields value={edited.draft} onChange={(next) => setEdited({ ...edited, draft: next })} people={people} errors={editing.errors} withCompletion />}
      </OutcomeEditDialog>
    </section>
  );
}
