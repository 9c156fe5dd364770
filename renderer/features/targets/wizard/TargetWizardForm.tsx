import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TargetPattern } from '../../../../shared/targets/codes';
import { targetInput, type TargetDetail, type TargetForm } from '../../../../shared/targets/schema';
import { CommandFailure } from '../../../app/backend/backend';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { placeSubmitError } from '../../../components/form/applyServerErrors';
import { schemaResolver } from '../../../components/form/schemaResolver';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { useSaveTarget } from '../targetQueries';
import { presetChanges } from './patternPresets';
import { firstMilestoneError, milestoneRowErrors, placeMilestoneErrors } from './milestoneErrors';
import { StepBody } from './StepBody';
import { toInput, toValues, type TargetContext, type TargetValues } from './targetValues';
import { WizardRubric } from './WizardRubric';
import { FORM_FIELDS, stepOf, WIZARD_STEPS } from './wizardSteps';

interface TargetWizardFormProps {
  /** The target being edited, or null for a new one. */
  target: TargetDetail | null;
  /** For a new sub-target: its national target. */
  parentTargetId?: string;
  /** A field to open and focus first (a rubric link from the target's page). */
  initialFocus?: string;
}

/** Pre-filled from an earlier report (PRAIS "Revise"): every edit needs a revision note. */
const needsRevisionNote = (target: TargetDetail | null) => target !== null && target.provenance !== 'entered';

function wizardResolver(context: TargetContext, revisionNoteRequired: boolean): Resolver<TargetValues, unknown, TargetForm> {
  const base = schemaResolver(targetInput, (values: TargetValues) => toInput(values, context));
  return async (values, resolverContext, options) => {
    const result = await base(values, resolverContext, options);
    const noteMissing = revisionNoteRequired && values.revisionNote.trim() === '';
    if (!result.errors.milestones && !noteMissing) return result;
    // A refused milestone is shown at its row, not on the table as a whole.
    const errors = result.errors.milestones ? { ...result.errors, milestones: milestoneRowErrors(toInput(values, context)) } : result.errors;
    const revisionNote = noteMissing ? { revisionNote: { type: 'required', message: 'errors:targets.revisionNoteRequired' } } : {};
    return { values: {}, errors: { ...errors, ...revisionNote } };
  };
}

/** The guided target wizard: a pattern, then the fields step by step, the live rubric beside them. */
export function TargetWizardForm({ target, parentTargetId, initialFocus }: TargetWizardFormProps) {
  const { t } = useTranslation(['targets', 'common']);
  const navigate = useNavigate();
  const save = useSaveTarget();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const revisionNoteRequired = needsRevisionNote(target);
  const context = useMemo<TargetContext>(
    () =>
      target
        ? { id: target.id, parentTargetId: target.parentTargetId ?? undefined, provenance: target.provenance }
        : { parentTargetId },
    [target, parentTargetId],
  );
  const resolver = useMemo(() => wizardResolver(context, revisionNoteRequired), [context, revisionNoteRequired]);
  const form = useForm<TargetValues, unknown, TargetForm>({ resolver, mode: 'onTouched', defaultValues: toValues(target, parentTargetId) });
  const [step, setStep] = useState(initialFocus && stepOf(initialFocus) >= 0 ? stepOf(initialFocus) : 0);
  const [formError, setFormError] = useState<unknown>(null);
  const headings = useRef<(HTMLHeadingElement | null)[]>([]);

  // A rubric link on the target's page opens the wizard on its field (the step is already the right one).
  useEffect(() => {
    if (initialFocus && stepOf(initialFocus) >= 0) form.setFocus(initialFocus as keyof TargetValues);
  }, [initialFocus, form]);

  /** Shows the step holding `field` (a field name, or a milestone cell such as `milestones.0.year`) and focuses it. */
  const focusField = (field: string) => {
    const holder = stepOf(field.split('.')[0]!);
    if (holder < 0) return;
    // The step holding the field is shown first: a hidden field cannot take the focus.
    flushSync(() => setStep(holder));
    form.setFocus(field as keyof TargetValues);
  };
  const goToStep = (index: number) => {
    setStep(index);
    // The new step's heading takes the focus, so a screen reader says where the person is.
    requestAnimationFrame(() => headings.current[index]?.focus());
  };
  const choosePattern = (pattern: TargetPattern) => {
    const changes = presetChanges(form.getValues('pattern'), pattern, form.getValues());
    form.setValue('pattern', pattern, { shouldDirty: true });
    for (const [field, value] of Object.entries(changes)) form.setValue(field as keyof TargetValues, value, { shouldDirty: true });
  };

  const submit = form.handleSubmit(
    (input) => {
      setFormError(null);
      save.mutate(input, {
        onSuccess: (saved) => {
          showSnackbar({ text: t('wizard.saved') });
          void navigate(`/targets/${saved.id}`);
        },
        onError: (error) => {
          const { rest, first: firstRow } = placeMilestoneErrors(error, form.setError);
          setFormError(rest === null ? null : placeSubmitError(rest, FORM_FIELDS, form.setError));
          const fields = rest instanceof CommandFailure ? rest.fieldErrors.map((field) => String(field.path[0])) : [];
          if (firstRow) fields.push('milestones');
          const first = FORM_FIELDS.find((field) => fields.includes(field));
          if (first) focusField(first === 'milestones' && firstRow ? firstRow : first);
        },
      });
    },
    (errors) => {
      const first = FORM_FIELDS.find((field) => errors[field]);
      if (first) focusField(first === 'milestones' ? (firstMilestoneError(errors.milestones) ?? first) : first);
    },
  );

  const last = WIZARD_STEPS.length - 1;
  return (
    <div className="target-wizard">
      <form noValidate className="target-wizard__form" onSubmit={(event) => void submit(event)}>
        <nav aria-label={t('wizard.stepsLabel')}>
          <ol className="wizard-steps">
            {WIZARD_STEPS.map((s, index) => (
              <li key={s.id}>
                <button type="button" className="button button--quiet button--small" aria-current={index === step ? 'step' : undefined} onClick={() => goToStep(index)}>
                  {t('wizard.stepNumber', { number: index + 1, title: t(`wizard.step.${s.id}.title`) })}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        {formError !== null && <ErrorAlert title={t('wizard.saveFailed')} error={formError} />}
        {WIZARD_STEPS.map((s, index) => (
          <section key={s.id} hidden={index !== step} className="stack wizard-step" aria-labelledby={`wizard-step-${s.id}`}>
            <h2 id={`wizard-step-${s.id}`} tabIndex={-1} ref={(element) => void (headings.current[index] = element)}>
              {t(`wizard.step.${s.id}.title`)}
            </h2>
            <p className="muted">{t(`wizard.step.${s.id}.intro`)}</p>
            <StepBody step={s.id} form={form} onChoosePattern={choosePattern} saved={target !== null} needsRevisionNote={revisionNoteRequired} />
          </section>
        ))}
        <div className="form-actions">
          {step > 0 && (
            <button type="button" className="button" onClick={() => goToStep(step - 1)}>
              {t('wizard.back')}
            </button>
          )}
          {step < last && (
            <button type="button" className="button" onClick={() => goToStep(step + 1)}>
              {t('wizard.next')}
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('wizard.save')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => void navigate(target ? `/targets/${target.id}` : '/targets')}>
            {t('common:cancel')}
          </button>
        </div>
      </form>
      <WizardRubric control={form.control} saved={target} onFix={focusField} />
    </div>
  );
}
