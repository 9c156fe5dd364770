import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ZONING_CLASSES, zoneInput, type PlanZone, type ZoningClass } from '../../../../shared/plans/schema';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormField } from '../../../components/form/FormField';
import { SaveCancelActions } from '../../../components/form/SaveCancelActions';
import { schemaResolver } from '../../../components/form/schemaResolver';
import { useSubmitWithFieldErrors } from '../../../components/form/useSubmitWithFieldErrors';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { useLandTypes } from '../../landtypes/landTypeQueries';
import { usePlanLabels } from '../labels';
import { useSaveZone } from '../planQueries';

interface ZoneValues {
  name: string;
  zoningClass: ZoningClass | '';
  /** '' for "no land type". */
  landTypeId: string;
  notes: string;
}

interface ZoneFormProps {
  planId: string;
  zone: PlanZone | null;
  onDone: () => void;
}

/** A zone's name, zoning class and the land type whose worksheet its losses feed. */
export function ZoneForm({ planId, zone, onDone }: ZoneFormProps) {
  const { t } = useTranslation(['plans', 'common']);
  const labels = usePlanLabels();
  const landTypes = useLandTypes().data?.items ?? [];
  const save = useSaveZone();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const [resolver] = useState(() =>
    schemaResolver(zoneInput, (values: ZoneValues) => ({
      planId,
      name: values.name,
      zoningClass: values.zoningClass === '' ? undefined : values.zoningClass,
      // Sent as null, so that editing a zone can also take its land type away.
      landTypeId: values.landTypeId === '' ? null : values.landTypeId,
      notes: values.notes,
    })),
  );
  const form = useForm({
    resolver,
    mode: 'onChange',
    defaultValues: {
      name: zone?.name ?? '',
      zoningClass: zone?.zoningClass ?? '',
      landTypeId: zone?.landTypeId ?? '',
      notes: zone?.notes ?? '',
    } satisfies ZoneValues,
  });
  const { register, formState } = form;
  const { errors } = formState;

  const { submit, formError } = useSubmitWithFieldErrors(form, save, {
    toInput: (input) => (zone ? { ...input, id: zone.id } : input),
    onSaved: (saved) => {
      showSnackbar({ text: t('zone.saved', { name: saved.name }) });
      onDone();
    },
  });

  return (
    <form noValidate className="stack" onSubmit={submit}>
      {formError !== null && <ErrorAlert title={t('saveFailed')} error={formError} />}
      <FormField label={t('zone.field.name')} error={errors.name} required>
        {(props) => <input {...props} {...register('name')} type="text" autoComplete="off" />}
      </FormField>
      <FormField label={t('zone.field.zoningClass')} error={errors.zoningClass} required>
        {(props) => (
          <select {...props} {...register('zoningClass')}>
            <option value="" />
            {ZONING_CLASSES.map((zoningClass) => (
              <option key={zoningClass} value={zoningClass}>
                {labels.zoningClass(zoningClass)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('zone.field.landType')} help={t('zone.help.landType')} error={errors.landTypeId}>
        {(props) => (
          <select {...props} {...register('landTypeId')}>
            <option value="">{t('zone.noLandType')}</option>
            {landTypes.map((landType) => (
              <option key={landType.id} value={landType.id}>
                {t('zone.landTypeOption', { code: landType.code, name: landType.name })}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('zone.field.notes')} error={errors.notes}>
        {(props) => <textarea {...props} {...register('notes')} rows={2} />}
      </FormField>
      <SaveCancelActions saving={save.isPending} onCancel={onDone} />
    </form>
  );
}
