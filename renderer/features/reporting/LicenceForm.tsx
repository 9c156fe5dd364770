import { useId } from 'react';
import { useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { saveLicenceInput, USL_LICENCES, type UslLicence, type UslLicenceCode } from '../../../shared/reporting/licence-schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldMessage } from '../../components/form/FieldMessage';
import { FormField } from '../../components/form/FormField';
import { schemaResolver } from '../../components/form/schemaResolver';
import { useSubmitWithFieldErrors } from '../../components/form/useSubmitWithFieldErrors';
import { useSnackbarStore } from '../../components/snackbarStore';
import { licenceName } from './licenceName';
import { useSaveLicence } from './reportingQueries';
import { SubmitActions } from '../../components/form/SubmitActions';

interface LicenceValues {
  licence: UslLicenceCode | '';
  customLicenceText: string;
  aggregationPermission: boolean;
}

const resolver = schemaResolver(saveLicenceInput, (values: LicenceValues) => ({
  licence: values.licence === '' ? undefined : values.licence,
  // A text typed for "custom" and left behind by another choice is not part of the licence.
  customLicenceText: values.licence === 'custom' ? values.customLicenceText : undefined,
  aggregationPermission: values.aggregationPermission,
}));

/** The i18n key of each licence's plain-language help (SPDX codes hold dots, which i18next reads as nesting). */
const HELP_KEY = {
  'CC0-1.0': 'cc0',
  'CC-BY-4.0': 'by',
  'CC-BY-SA-4.0': 'bySa',
  'CC-BY-NC-4.0': 'byNc',
  'CC-BY-NC-SA-4.0': 'byNcSa',
  custom: 'custom',
} as const satisfies Record<UslLicenceCode, string>;

/** The PRAIS User Specific Licence form: one licence, its text when custom, and the permission to aggregate. */
export function LicenceForm({ stored }: { stored: UslLicence | null }) {
  const { t } = useTranslation('reporting');
  const id = useId();
  const save = useSaveLicence();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const defaultValues: LicenceValues = {
    licence: stored?.licence ?? '',
    customLicenceText: stored?.customLicenceText ?? '',
    aggregationPermission: stored?.aggregationPermission ?? false,
  };
  const form = useForm({ resolver, defaultValues });
  const { register, control, formState: { errors } } = form;
  const { field: licenceField, fieldState: licenceState } = useController({ control, name: 'licence' });
  const licence = licenceField.value;
  const { submit, formError } = useSubmitWithFieldErrors(form, save, {
    onSaved: (saved) => showSnackbar({ text: t('licence.saved', { licence: licenceName(t, saved.licence) }) }),
  });

  const choiceErrorId = `${id}-choice-error`;
  return (
    <form noValidate className="stack" aria-labelledby={`${id}-legend`} onSubmit={submit}>
      {formError !== null && <ErrorAlert title={t('licence.saveFailed')} error={formError} />}
      <fieldset className="field licence-form__choices" aria-describedby={licenceState.error?.message ? choiceErrorId : undefined}>
        <legend id={`${id}-legend`} className="field__label">
          {t('licence.choice')}
        </legend>
        {USL_LICENCES.map((code, index) => (
          <div key={code} className="licence-form__option">
            <label className="radio">
              <input
                type="radio"
                name={licenceField.name}
                value={code}
                checked={licence === code}
                onChange={() => licenceField.onChange(code)}
                onBlur={licenceField.onBlur}
                // The first option takes the focus when the form says "choose a licence".
                ref={index === 0 ? licenceField.ref : undefined}
                // Each option reads its help, and the group's error while there is one.
                aria-describedby={[`${id}-${code}-help`, licenceState.error?.message ? choiceErrorId : null].filter(Boolean).join(' ')}
              />
              {/* Licence codes read left to right in every language; "custom" is a word of the page's language. */}
              <span dir={code === 'custom' ? undefined : 'ltr'}>
                {licenceName(t, code)}
              </span>
            </label>
            <p id={`${id}-${code}-help`} className="field__help licence-form__help">
              {t(`licence.help.${HELP_KEY[code]}`)}
            </p>
          </div>
        ))}
        <FieldMessage id={choiceErrorId} error={licenceState.error} />
      </fieldset>
      {licence === 'custom' && (
        <FormField label={t('licence.customText')} help={t('licence.customTextHelp')} error={errors.customLicenceText} required>
          {(props) => <textarea {...props} {...register('customLicenceText')} rows={3} />}
        </FormField>
      )}
      <div className="field">
        <label className="radio">
          <input type="checkbox" {...register('aggregationPermission')} aria-describedby={`${id}-aggregation-help`} />
          {t('licence.aggregation')}
        </label>
        <p id={`${id}-aggregation-help`} className="field__help">
          {t('licence.aggregationHelp')}
        </p>
      </div>
      <SubmitActions disabled={save.isPending}>
        {t('licence.save')}
      </SubmitActions>
    </form>
  );
}
