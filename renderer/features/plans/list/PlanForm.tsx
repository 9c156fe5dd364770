import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PLAN_LEVELS, PLAN_STATUSES, planInput, type LandUsePlan, type PlanLevel, type PlanStatus } from '../../../../shared/plans/schema';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormField } from '../../../components/form/FormField';
import { SaveCancelActions } from '../../../components/form/SaveCancelActions';
import { optionalNumber, schemaResolver } from '../../../components/form/schemaResolver';
import { useSubmitWithFieldErrors } from '../../../components/form/useSubmitWithFieldErrors';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { usePlanLabels } from '../labels';
import { useSavePlan } from '../planQueries';

interface PlanValues {
  name: string;
  level: PlanLevel | '';
  instrument: string;
  adoptingBody: string;
  status: PlanStatus | '';
  periodStart: string;
  periodEnd: string;
  notes: string;
}

const resolver = schemaResolver(planInput, (values: PlanValues) => ({
  ...values,
  level: values.level === '' ? undefined : values.level,
  status: values.status === '' ? undefined : values.status,
  periodStart: optionalNumber(values.periodStart),
  periodEnd: optionalNumber(values.periodEnd),
}));

const yearText = (year: number | null | undefined) => (year === null || year === undefined ? '' : String(year));

function toValues(plan: LandUsePlan | null): PlanValues {
  return {
    name: plan?.name ?? '',
    level: plan?.level ?? '',
    instrument: plan?.instrument ?? '',
    adoptingBody: plan?.adoptingBody ?? '',
    // A new plan is usually being drafted.
    status: plan?.status ?? 'draft',
    periodStart: yearText(plan?.periodStart),
    periodEnd: yearText(plan?.periodEnd),
    notes: plan?.notes ?? '',
  };
}

interface PlanFormProps {
  plan: LandUsePlan | null;
  onDone: () => void;
}

/** A plan's own fields, validated as you type with the backend's schema; its refusals land on their fields. */
export function PlanForm({ plan, onDone }: PlanFormProps) {
  const { t } = useTranslation(['plans', 'common']);
  const labels = usePlanLabels();
  const save = useSavePlan();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const form = useForm({ resolver, mode: 'onChange', defaultValues: toValues(plan) });
  const { register, formState } = form;
  const { errors } = formState;

  const { submit, formError } = useSubmitWithFieldErrors(form, save, {
    toInput: (input) => (plan ? { ...input, id: plan.id } : input),
    onSaved: (saved) => {
      showSnackbar({ text: t('plan.saved', { name: saved.name }) });
      onDone();
    },
  });

  return (
    <form noValidate className="stack" onSubmit={submit}>
      {formError !== null && <ErrorAlert title={t('saveFailed')} error={formError} />}
      <FormField label={t('field.name')} error={errors.name} required>
        {(props) => <input {...props} {...register('name')} type="text" autoComplete="off" />}
      </FormField>
      <FormField label={t('field.level')} error={errors.level} required>
        {(props) => (
          <select {...props} {...register('level')}>
            <option value="" />
            {PLAN_LEVELS.map((level) => (
              <option key={level} value={level}>
                {labels.level(level)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('field.status')} error={errors.status} required>
        {(props) => (
          <select {...props} {...register('status')}>
            {PLAN_STATUSES.map((status) => (
              <option key={status} value={status}>
                {labels.status(status)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('field.instrument')} help={t('help.instrument')} error={errors.instrument}>
        {(props) => <input {...props} {...register('instrument')} type="text" autoComplete="off" />}
      </FormField>
      <FormField label={t('field.adoptingBody')} help={t('help.adoptingBody')} error={errors.adoptingBody}>
        {(props) => <input {...props} {...register('adoptingBody')} type="text" autoComplete="off" />}
      </FormField>
      <div className="plan-form__period">
        <FormField label={t('field.periodStart')} error={errors.periodStart}>
          {(props) => <input {...props} {...register('periodStart')} type="number" inputMode="numeric" step={1} />}
        </FormField>
        <FormField label={t('field.periodEnd')} error={errors.periodEnd}>
          {(props) => <input {...props} {...register('periodEnd')} type="number" inputMode="numeric" step={1} />}
        </FormField>
      </div>
      <FormField label={t('field.notes')} error={errors.notes}>
        {(props) => <textarea {...props} {...register('notes')} rows={2} />}
      </FormField>
      <SaveCancelActions saving={save.isPending} onCancel={onDone} />
    </form>
  );
}
