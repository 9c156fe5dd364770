import { useMemo } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FUNDING_SOURCES } from '../../../../shared/targets/codes';
import { implementedActionInput, type ImplementedAction } from '../../../../shared/targets/schema';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormField } from '../../../components/form/FormField';
import { SaveCancelActions } from '../../../components/form/SaveCancelActions';
import { optionalNumber, schemaResolver } from '../../../components/form/schemaResolver';
import { useSubmitWithFieldErrors } from '../../../components/form/useSubmitWithFieldErrors';
import { useCodeLabels } from '../labels';
import { useSaveAction, useTargets } from '../targetQueries';
import { CheckboxGroup } from '../../../components/form/CheckboxGroup';

interface ActionValues {
  description: string;
  locationName: string;
  startDate: string;
  areaKm2: string;
  fundingSource: string;
  projectRef: string;
  wocatReference: string;
  targetIds: string[];
  revisionNote: string;
}
type ActionOutput = z.output<typeof implementedActionInput>;
const text = (value: string | null | undefined) => value ?? '';
const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

function toValues(action: ImplementedAction | null, linkedTargetId: string | undefined): ActionValues {
  return {
    description: text(action?.description),
    locationName: text(action?.locationName),
    startDate: text(action?.startDate),
    areaKm2: numberText(action?.areaKm2),
    fundingSource: action?.fundingSource ?? 'domestic_public',
    projectRef: text(action?.projectRef),
    wocatReference: text(action?.wocatReference),
    targetIds: action ? [...action.targetIds] : linkedTargetId ? [linkedTargetId] : [],
    // A revision note answers one edit: the form starts without the previous one.
    revisionNote: '',
  };
}

/** Pre-filled from an earlier report (PRAIS "Revise"): the backend refuses an edit without a revision note. */
const needsRevisionNote = (action: ImplementedAction | null) => action !== null && action.provenance !== 'entered';

function actionResolver(action: ImplementedAction | null): Resolver<ActionValues, unknown, ActionOutput> {
  const base = schemaResolver(implementedActionInput, (values: ActionValues) => ({
    ...(action ? { id: action.id, provenance: action.provenance } : {}),
    description: values.description,
    locationName: values.locationName,
    // Required: an empty date is left out so that the schema says "required" rather than "bad format".
    startDate: values.startDate === '' ? undefined : values.startDate,
    areaKm2: optionalNumber(values.areaKm2),
    fundingSource: values.fundingSource as ImplementedAction['fundingSource'],
    projectRef: values.projectRef,
    wocatReference: values.wocatReference,
    targetIds: values.targetIds,
    revisionNote: values.revisionNote,
  }));
  return async (values, context, options) => {
    const result = await base(values, context, options);
    if (!needsRevisionNote(action) || values.revisionNote.trim() !== '') return result;
    const revisionNote = { type: 'required', message: 'targets:actions.revisionNoteRequired' };
    return { values: {}, errors: { ...result.errors, revisionNote } };
  };
}

interface ActionFormProps {
  /** The action being edited, or null for a new one. */
  action: ImplementedAction | null;
  /** For a new action added from a target's page: the target it starts linked to. */
  linkedTargetId?: string;
  onDone: () => void;
}

/** SO1.IA.T1: an implemented action, where and since when it works, how it is funded, and the targets it serves. */
export function ActionForm({ action, linkedTargetId, onDone }: ActionFormProps) {
  const { t } = useTranslation(['targets', 'common']);
  const labels = useCodeLabels();
  const targets = useTargets().data?.items ?? [];
  const save = useSaveAction();
  const resolver = useMemo(() => actionResolver(action), [action]);
  const form = useForm<ActionValues, unknown, ActionOutput>({
    resolver,
    mode: 'onTouched',
    defaultValues: toValues(action, linkedTargetId),
  });
  const { register, control, formState: { errors } } = form;
  const { submit, formError } = useSubmitWithFieldErrors(form, save, { onSaved: onDone });
  return (
    <form noValidate className="stack" onSubmit={submit}>
      {formError !== null && <ErrorAlert title={t('actions.saveFailed')} error={formError} />}
      <FormField label={t('actions.description')} error={errors.description} required>
        {(props) => <textarea {...props} {...register('description')} rows={2} />}
      </FormField>
      <FormField label={t('actions.locationName')} help={t('actions.locationHelp')} error={errors.locationName}>
        {(props) => <input {...props} {...register('locationName')} type="text" />}
      </FormField>
      <FormField label={t('actions.startDate')} error={errors.startDate} required>
        {(props) => <input {...props} {...register('startDate')} type="date" />}
      </FormField>
      <FormField label={t('actions.areaKm2')} error={errors.areaKm2} suffix={t('common:units.km2')}>
        {(props) => <input {...props} {...register('areaKm2')} type="number" inputMode="decimal" min={0} step="any" />}
      </FormField>
      <FormField label={t('actions.fundingSource')} error={errors.fundingSource} required>
        {(props) => (
          <select {...props} {...register('fundingSource')}>
            {FUNDING_SOURCES.map((code) => <option key={code} value={code}>{labels.code('fundingSource', code)}</option>)}
          </select>
        )}
      </FormField>
      <FormField label={t('actions.projectRef')} help={t('actions.projectRefHelp')} error={errors.projectRef}>
        {(props) => <input {...props} {...register('projectRef')} type="text" dir="ltr" />}
      </FormField>
      <FormField label={t('measure.wocatReference')} help={t('measure.wocatHelp')} error={errors.wocatReference}>
        {(props) => <input {...props} {...register('wocatReference')} type="text" dir="ltr" />}
      </FormField>
      {targets.length === 0 ? (
        <p className="muted">{t('actions.noTargets')}</p>
      ) : (
        <CheckboxGroup
          control={control}
          name="targetIds"
          legend={t('actions.targets')}
          help={t('actions.targetsHelp')}
          options={targets.map((target) => ({ value: target.id, label: target.text }))}
        />
      )}
      {needsRevisionNote(action) && (
        <FormField label={t('field.revisionNote')} help={t('actions.revisionNoteHelp')} error={errors.revisionNote} required>
          {(props) => <textarea {...props} {...register('revisionNote')} rows={3} />}
        </FormField>
      )}
      <SaveCancelActions saving={save.isPending} onCancel={onDone} />
    </form>
  );
}
