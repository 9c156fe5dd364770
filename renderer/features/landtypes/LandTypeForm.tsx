import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { landTypeInput, type LandType } from '../../../shared/landtypes/schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField } from '../../components/form/FormField';
import { optionalNumber, schemaResolver } from '../../components/form/schemaResolver';
import { useSubmitWithFieldErrors } from '../../components/form/useSubmitWithFieldErrors';
import { useSnackbarStore } from '../../components/snackbarStore';
import { useSaveLandType } from './landTypeQueries';
import { SaveCancelActions } from '../../components/form/SaveCancelActions';

interface LandTypeValues {
  code: string;
  name: string;
  definitionBasis: string;
  areaKm2: string;
  degradedAreaKm2: string;
  notes: string;
}

const resolver = schemaResolver(landTypeInput, (values: LandTypeValues) => ({
  ...values,
  areaKm2: optionalNumber(values.areaKm2),
  degradedAreaKm2: optionalNumber(values.degradedAreaKm2),
}));

const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

function toValues(landType: LandType | null): LandTypeValues {
  return {
    code: landType?.code ?? '',
    name: landType?.name ?? '',
    definitionBasis: landType?.definitionBasis ?? '',
    areaKm2: numberText(landType?.areaKm2),
    degradedAreaKm2: numberText(landType?.degradedAreaKm2),
    notes: landType?.notes ?? '',
  };
}

interface LandTypeFormProps {
  landType: LandType | null;
  onSaved: () => void;
  onCancel: () => void;
}

/** Validates as you type with the backend's schema; the backend's own refusals land on their fields. */
export function LandTypeForm({ landType, onSaved, onCancel }: LandTypeFormProps) {
  const { t } = useTranslation(['landtypes', 'common']);
  const save = useSaveLandType();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const form = useForm({
    resolver,
    mode: 'onChange',
    defaultValues: toValues(landType),
  });
  const { register, formState } = form;
  const { errors } = formState;

  const { submit, formError } = useSubmitWithFieldErrors(form, save, {
    toInput: (input) => (landType ? { ...input, id: landType.id } : input),
    onSaved: (saved) => {
      showSnackbar({ text: t('saved', { code: saved.code }) });
      onSaved();
    },
  });

  return (
    <form noValidate className="stack" onSubmit={submit}>
      {formError !== null && <ErrorAlert title={t('saveFailed')} error={formError} />}
      <FormField label={t('field.code')} help={t('help.code')} error={errors.code} required>
        {(props) => <input {...props} {...register('code')} type="text" autoComplete="off" spellCheck={false} />}
      </FormField>
      <FormField label={t('field.name')} error={errors.name} required>
        {(props) => <input {...props} {...register('name')} type="text" autoComplete="off" />}
      </FormField>
      <FormField label={t('field.definitionBasis')} help={t('help.definitionBasis')} error={errors.definitionBasis}>
        {(props) => <textarea {...props} {...register('definitionBasis')} rows={2} />}
      </FormField>
      <FormField
        label={t('field.areaKm2')}
        help={t('help.areaKm2')}
        error={errors.areaKm2}
        suffix={t('common:units.km2')}
      >
        {(props) => <input {...props} {...register('areaKm2', { deps: ['degradedAreaKm2'] })} type="number" inputMode="decimal" min={0} step="any" />}
      </FormField>
      <FormField
        label={t('field.degradedAreaKm2')}
        help={t('help.degradedAreaKm2')}
        error={errors.degradedAreaKm2}
        suffix={t('common:units.km2')}
      >
        {(props) => <input {...props} {...register('degradedAreaKm2')} type="number" inputMode="decimal" min={0} step="any" />}
      </FormField>
      <FormField label={t('field.notes')} error={errors.notes}>
        {(props) => <textarea {...props} {...register('notes')} rows={2} />}
      </FormField>
      <SaveCancelActions saving={save.isPending} onCancel={onCancel} />
    </form>
  );
}
