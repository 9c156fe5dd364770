import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { hotBrightSpotInput, type HotBrightSpot, type HotBrightSpotKind } from '../../../../shared/baseline/sites';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormField } from '../../../components/form/FormField';
import { SaveCancelActions } from '../../../components/form/SaveCancelActions';
import { optionalNumber, schemaResolver } from '../../../components/form/schemaResolver';
import { useSubmitWithFieldErrors } from '../../../components/form/useSubmitWithFieldErrors';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { useSitesMutation } from './sitesQueries';

interface SpotValues {
  name: string;
  areaKm2: string;
  assessmentProcess: string;
  driversProcesses: string;
  actionsTaken: string;
  actionsPlanned: string;
  story: string;
}

const TEXT_FIELDS = ['assessmentProcess', 'driversProcesses', 'actionsTaken', 'actionsPlanned', 'story'] as const;
function toValues(spot: HotBrightSpot | null): SpotValues {
  return {
    name: spot?.name ?? '',
    areaKm2: spot ? String(spot.areaKm2) : '',
    assessmentProcess: spot?.assessmentProcess ?? '',
    driversProcesses: spot?.driversProcesses ?? '',
    actionsTaken: spot?.actionsTaken ?? '',
    actionsPlanned: spot?.actionsPlanned ?? '',
    story: spot?.story ?? '',
  };
}

interface HotBrightSpotFormProps {
  kind: HotBrightSpotKind;
  spot: HotBrightSpot | null;
  onDone: () => void;
}

/** SO1-4.T4/T5 fields (domain-spec §1.6); validated as you type with the backend's schema. */
export function HotBrightSpotForm({ kind, spot, onDone }: HotBrightSpotFormProps) {
  const { t } = useTranslation(['baseline', 'common']);
  const save = useSitesMutation('baseline.saveHotBrightSpot');
  const showSnackbar = useSnackbarStore((state) => state.show);
  const form = useForm({
    resolver: schemaResolver(hotBrightSpotInput, (values: SpotValues) => ({ ...values, kind, areaKm2: optionalNumber(values.areaKm2) })),
    mode: 'onChange',
    defaultValues: toValues(spot),
  });
  const { register, formState } = form;
  const { errors } = formState;

  const { submit, formError } = useSubmitWithFieldErrors(form, save, {
    toInput: (input) => (spot ? { ...input, id: spot.id } : input),
    onSaved: (_saved, input) => {
      showSnackbar({ text: t('sites.saved', { name: input.name }) });
      onDone();
    },
  });

  return (
    <form noValidate className="stack" onSubmit={submit}>
      {formError !== null && <ErrorAlert title={t('sites.saveFailed')} error={formError} />}
      <FormField label={t('sites.field.location')} error={errors.name} required>
        {(props) => <input {...props} {...register('name')} type="text" autoComplete="off" />}
      </FormField>
      <FormField label={t('sites.field.area')} help={t('sites.help.areaKm2')} error={errors.areaKm2} suffix={t('common:units.km2')} required>
        {(props) => <input {...props} {...register('areaKm2')} type="number" inputMode="decimal" min={0} step="any" />}
      </FormField>
      {TEXT_FIELDS.map((field) => (
        <FormField key={field} label={t(`sites.field.${field}`)} error={errors[field]}>
          {(props) => <textarea {...props} {...register(field)} rows={field === 'story' ? 4 : 2} />}
        </FormField>
      ))}
      <SaveCancelActions saving={save.isPending} onCancel={onDone} />
    </form>
  );
}
