import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../../shared/consultations/outcomes';
import { useLandTypes } from '../../landtypes/landTypeQueries';
import { useTargets } from '../../targets/targetQueries';
import { OutcomeError } from './OutcomeError';
import { SubjectPicker, type SubjectChoice } from './SubjectPicker';
import type { ConsultationDetail } from './toConsultationInput';
import { useSaveOutcome } from './useSaveOutcome';

const EMPTY = { text: '', dissent: '', subject: { subjectType: '', subjectId: '' } as SubjectChoice };

/** Decisions taken, the dissent recorded with them, and the record each one shaped. */
export function DecisionsSection({ detail }: { detail: ConsultationDetail }) {
  const { t } = useTranslation(['consultations', 'common']);
  const id = useId();
  const outcome = useSaveOutcome(detail);
  const subjectLabel = useSubjectLabel();
  const [draft, setDraft] = useState(EMPTY);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const { subjectType, subjectId } = draft.subject;
    const row = {
      text: draft.text,
      dissent: draft.dissent.trim() || undefined,
      subjectType: subjectType || undefined,
      subjectId: subjectId || undefined,
    };
    outcome.apply((form) => ({ ...form, decisions: [...(form.decisions ?? []), row] }), () => setDraft(EMPTY));
  };
  const restoreRow = (d: Decision) => ({ text: d.text, dissent: d.dissent ?? undefined, subjectType: d.subjectType ?? undefined, subjectId: d.subjectId ?? undefined });

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('decisions.title')}</h2>
      {detail.decisions.length === 0 ? (
        <p className="muted">{t('decisions.empty')}</p>
      ) : (
        <ul className="outcome-list">
          {detail.decisions.map((d) => (
            <li key={d.id} className="outcome">
              <p className="outcome__main">{d.text}</p>
              {d.dissent && <p>{t('decisions.dissentValue', { dissent: d.dissent })}</p>}
              {d.subjectType && d.subjectId && <p className="muted">{t('decisions.shaped', { subject: subjectLabel(d) })}</p>}
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={t('decisions.delete', { text: d.text })}
                onClick={() =>
                  outcome.removeWithUndo(
                    (form) => ({ ...form, decisions: form.decisions?.filter((row) => row.id !== d.id) }),
                    (form) => ({ ...form, decisions: [...(form.decisions ?? []), restoreRow(d)] }),
                    t('decisions.deleted'),
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
      <form className="stack outcome-form" aria-label={t('decisions.add')} onSubmit={add}>
        {outcome.error !== null && <OutcomeError title={t('editor.saveFailed')} error={outcome.error} />}
        <label htmlFor={`${id}-text`}>{t('decisions.text')}</label>
        <textarea id={`${id}-text`} rows={2} required value={draft.text} onChange={(event) => setDraft({ ...draft, text: event.target.value })} />
        <label htmlFor={`${id}-dissent`}>{t('decisions.dissent')}</label>
        <textarea
          id={`${id}-dissent`}
          rows={2}
          aria-describedby={`${id}-dissent-help`}
          value={draft.dissent}
          onChange={(event) => setDraft({ ...draft, dissent: event.target.value })}
        />
        <p id={`${id}-dissent-help`} className="field__help">
          {t('decisions.dissentHelp')}
        </p>
        <SubjectPicker value={draft.subject} onChange={(subject) => setDraft({ ...draft, subject })} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={outcome.saving || draft.text.trim() === ''}>
            {t('decisions.add')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** "Land type CL-1 · Cropland", "LDN target: <its text>"; a measure is named by its kind (its scenario may not be loaded). */
function useSubjectLabel() {
  const { t } = useTranslation('consultations');
  const landTypes = useLandTypes({ includeDeleted: true }).data?.items ?? [];
  const targets = useTargets().data?.items ?? [];
  return (decision: Decision) => {
    const kind = t(`subjectType.${decision.subjectType ?? 'landtype'}`);
    const landType = decision.subjectType === 'landtype' ? landTypes.find((item) => item.id === decision.subjectId) : undefined;
    if (landType) return t('decisions.landTypeSubject', { kind, code: landType.code, name: landType.name });
    const target = decision.subjectType === 'target' ? targets.find((item) => item.id === decision.subjectId) : undefined;
    return target ? t('decisions.recordSubject', { kind, record: target.text }) : kind;
  };
}
