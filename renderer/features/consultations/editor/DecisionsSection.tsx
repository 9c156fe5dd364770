import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubjectLabel } from '../subjectLabels';
import { DecisionFields, decisionDraft, decisionRow, EMPTY_DECISION, type DecisionDraft } from './DecisionFields';
import { OutcomeEditDialog } from './OutcomeEditDialog';
import { OutcomeError } from './OutcomeError';
import { OutcomeRowActions } from './OutcomeRowActions';
import type { ConsultationDetail } from './toConsultationInput';
import { useOutcomeRowSave } from './useOutcomeRowSave';
import { useSaveOutcome } from './useSaveOutcome';
import { SubmitActions } from '../../../components/form/SubmitActions';

/** Decisions taken, the dissent recorded with them, and the record each one shaped; each can be edited where it is. */
export function DecisionsSection({ detail }: { detail: ConsultationDetail }) {
  const { t } = useTranslation(['consultations', 'common']);
  const id = useId();
  const outcome = useSaveOutcome(detail);
  const adding = useOutcomeRowSave(detail, 'decisions');
  const editing = useOutcomeRowSave(detail, 'decisions');
  const subjectLabel = useSubjectLabel();
  const [draft, setDraft] = useState(EMPTY_DECISION);
  const [edited, setEdited] = useState<{ index: number; draft: DecisionDraft } | null>(null);
  const closeEdit = () => {
    editing.clear();
    setEdited(null);
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    adding.submit(decisionRow(draft), undefined, () => setDraft(EMPTY_DECISION));
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('decisions.title')}</h2>
      {detail.decisions.length === 0 ? (
        <p className="muted">{t('decisions.empty')}</p>
      ) : (
        <ul className="outcome-list">
          {detail.decisions.map((d, index) => (
            <li key={d.id} className="outcome">
              <p className="outcome__main">{d.text}</p>
              {d.dissent && <p>{t('decisions.dissentValue', { dissent: d.dissent })}</p>}
              {d.subjectType && d.subjectId && <p className="muted">{t('decisions.shaped', { subject: subjectLabel(d) })}</p>}
              <OutcomeRowActions
                editLabel={t('decisions.edit', { text: d.text })}
                deleteLabel={t('decisions.delete', { text: d.text })}
                onEdit={() => setEdited({ index, draft: decisionDraft(d) })}
                onDelete={() =>
                  outcome.removeWithUndo(
                    (form) => ({ ...form, decisions: form.decisions?.filter((row) => row.id !== d.id) }),
                    (form) => ({ ...form, decisions: [...(form.decisions ?? []), decisionRow(decisionDraft(d))] }),
                    t('decisions.deleted'),
                    t('common:undo'),
                  )
                }
              />
            </li>
          ))}
        </ul>
      )}
      <form noValidate className="stack outcome-form" aria-label={t('decisions.add')} onSubmit={add}>
        {(adding.failure ?? outcome.error) !== null && <OutcomeError title={t('editor.saveFailed')} error={adding.failure ?? outcome.error} />}
        <DecisionFields value={draft} onChange={setDraft} errors={adding.errors} />
        <SubmitActions disabled={adding.saving || draft.text.trim() === ''} primary={false}>
          {t('decisions.add')}
        </SubmitActions>
      </form>
      <OutcomeEditDialog
        open={edited !== null}
        title={t('decisions.editTitle')}
        saving={editing.saving}
        failure={editing.failure}
        onClose={closeEdit}
        onSubmit={() => edited && editing.submit(decisionRow(edited.draft), edited.index, closeEdit)}
      >
        {edited && <DecisionFields value={edited.draft} onChange={(next) => setEdited({ ...edited, draft: next })} errors={editing.errors} />}
      </OutcomeEditDialog>
    </section>
  );
}
