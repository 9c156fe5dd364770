import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { falsePosNegInput, falsePosNegKind, type FalsePosNeg, type FalsePosNegKind } from '../../../../shared/baseline/sites';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormField } from '../../../components/form/FormField';
import { SaveCancelActions } from '../../../components/form/SaveCancelActions';
import { optionalNumber, schemaResolver } from '../../../components/form/schemaResolver';
import { useSubmitWithFieldErrors } from '../../../components/form/useSubmitWithFieldErrors';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { useSitesMutation } from './sitesQueries';

interface FalsePosNegValues {
  kind: FalsePosNegKind;
  locationName: string;
  areaKm2: string;
  process: string;
  basis: string;
  periodStarted: string;
}

const resolver = schemaResolver(falsePosNegInput, (values: FalsePosNegValues) => ({
  ...values,
  areaKm2: optionalNumber(values.areaKm2),
  periodStarted: optionalNumber(values.periodStarted),
}));

function toValues(row: FalsePosNeg | null): FalsePosNegValues {
  return {
    kind: row?.kind ?? 'false_positive',
    locationName: row?.locationName ?? '',
    areaKm2: row ? String(row.areaKm2) : '',
    process: row?.process ?? '',
    basis: row?.basis ?? '',
    periodStarted: row?.periodStarted === null || row?.periodStarted === undefined ? '' : String(row.periodStarted),
  };
}

/** SO1-4.T3 fields (domain-spec §1.6); validated as you type with the backend's schema. */
export function FalsePosNegForm({ row, onDone }: { row: FalsePosNeg | null; onDone: () => void }) {
  const { t } = useTranslation(['baseline', 'common']);
  const save = useSitesMutation('baseline.saveFalsePosNeg');
  const showSnackbar = useSnackbarStore((state) => state.show);
  const form = useForm({ resolver, mode: 'onChange', defaultValues: toValues(row) });
  const { register, formState } = form;
  const { errors } = formState;

  const { submit, formError } = useSubmitWithFieldErrors(form, save, {
    toInput: (input) => (row ? { ...input, id: row.id } : input),
    onSaved: (_saved, input) => {
      showSnackbar({ text: t('sites.saved', { name: input.locationName }) });
      onDone();
    },
  });

  return (
    <form noValidate className="stack" onSubmit={submit}>
      {formError !== null && <ErrorAlert title={t('sites.saveFailed')} error={formError} />}
      <FormField label={t('sites.field.locationName')} error={errors.locationName} required>
        {(props) => <input {...props} {...register('locationName')} type="text" autoComplete="off" />}
      </FormField>
      <FormField label={t('sites.field.kind')} error={errors.kind} required>
        {(props) => (
          <select {...props} {...register('kind')}>
            {falsePosNegKind.options.map((kind) => (
              <option key={kind} value={kind}>
                {t(`sites.kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('sites.field.area')} help={t('sites.help.areaKm2')} error={errors.areaKm2} suffix={t('common:units.km2')} required>
        {(props) => <input {...props} {...register('areaKm2')} type="number" inputMode="decimal" min={0} step="any" />}
      </FormField>
      <FormField label={t('sites.field.process')} error={errors.process}>
        {(props) => <textarea {...props} {...register('process')} rows={2} />}
      </FormField>
      <FormField label={t('sites.field.basis')} error={errors.basis}>
        {(props) => <textarea {...props} {...register('basis')} rows={2} />}
      </FormField>
      <FormField label={t('sites.field.periodStarted')} help={t('sites.help.periodStarted')} error={errors.periodStarted}>
        {(props) => <input {...props} {...register('periodStarted')} type="number" inputMode="numeric" min={1900} step={1} />}
      </FormField>
      <SaveCancelActions saving={save.isPending} onCancel={onDone} />
    </form>
  );
}
