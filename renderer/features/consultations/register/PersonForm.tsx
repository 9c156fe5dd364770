import { useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS, CONSENT_SCOPES, SECTORS, SEXES, type AgeBand, type ConsentScope, type Sector, type Sex } from '../../../../shared/consultations/codes';
import { personInput, type Person } from '../../../../shared/consultations/person';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormField } from '../../../components/form/FormField';
import { SaveCancelActions } from '../../../components/form/SaveCancelActions';
import { schemaResolver } from '../../../components/form/schemaResolver';
import { useSubmitWithFieldErrors } from '../../../components/form/useSubmitWithFieldErrors';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { useSavePerson } from '../consultationQueries';
import { usePersonName } from '../personName';

interface PersonValues {
  name: string;
  organisation: string;
  sector: Sector;
  sex: Sex;
  ageBand: AgeBand;
  isIplc: boolean;
  isYouth: boolean;
  email: string;
  phone: string;
  consentDate: string;
  consentScope: ConsentScope | '';
  notes: string;
}

/** The two tick boxes have no place for a message, so a refusal of them is said above the form. */
const FIELDS: Path<PersonValues>[] = ['name', 'organisation', 'sector', 'sex', 'ageBand', 'email', 'phone', 'consentDate', 'consentScope', 'notes'];

const orUndefined = (value: string) => (value.trim() === '' ? undefined : value);

const resolver = schemaResolver(personInput, (values: PersonValues) => ({
  ...values,
  consentDate: orUndefined(values.consentDate),
  consentScope: values.consentScope === '' ? undefined : values.consentScope,
}));

function toValues(person: Person | null): PersonValues {
  return {
    name: person?.name ?? '',
    organisation: person?.organisation ?? '',
    sector: person?.sector ?? 'other',
    sex: person?.sex ?? 'undisclosed',
    ageBand: person?.ageBand ?? 'undisclosed',
    isIplc: person?.isIplc ?? false,
    isYouth: person?.isYouth ?? false,
    email: person?.email ?? '',
    phone: person?.phone ?? '',
    consentDate: person?.consentDate ?? '',
    consentScope: person?.consentScope ?? '',
    notes: person?.notes ?? '',
  };
}

interface PersonFormProps {
  person: Person | null;
  onSaved: () => void;
  onCancel: () => void;
}

/** Everything is optional but the sector: a person may agree only to be counted (no name kept). */
export function PersonForm({ person, onSaved, onCancel }: PersonFormProps) {
  const { t } = useTranslation(['consultations', 'common']);
  const save = useSavePerson();
  const nameOf = usePersonName();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const form = useForm({ resolver, mode: 'onChange', defaultValues: toValues(person) });
  const { register, formState } = form;
  const { errors } = formState;

  const { submit, formError } = useSubmitWithFieldErrors(form, save, {
    fields: FIELDS,
    toInput: (input) => (person ? { ...input, id: person.id } : input),
    onSaved: (saved) => {
      showSnackbar({ text: t('register.saved', { name: nameOf(saved) }) });
      onSaved();
    },
  });

  return (
    <form noValidate className="stack" onSubmit={submit}>
      {formError !== null && <ErrorAlert title={t('register.saveFailed')} error={formError} />}
      <FormField label={t('field.name')} help={t('help.name')} error={errors.name}>
        {(props) => <input {...props} {...register('name')} type="text" autoComplete="off" />}
      </FormField>
      <FormField label={t('field.organisation')} error={errors.organisation}>
        {(props) => <input {...props} {...register('organisation')} type="text" autoComplete="off" />}
      </FormField>
      <div className="field-row">
        <FormField label={t('field.sector')} error={errors.sector} required>
          {(props) => (
            <select {...props} {...register('sector')}>
              {SECTORS.map((code) => (
                <option key={code} value={code}>
                  {t(`sector.${code}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('field.sex')} error={errors.sex}>
          {(props) => (
            <select {...props} {...register('sex')}>
              {SEXES.map((code) => (
                <option key={code} value={code}>
                  {t(`sex.${code}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('field.ageBand')} error={errors.ageBand}>
          {(props) => (
            <select {...props} {...register('ageBand')}>
              {AGE_BANDS.map((code) => (
                <option key={code} value={code}>
                  {t(`ageBand.${code}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <fieldset className="checkbox-group">
        <legend>{t('register.flags')}</legend>
        <label className="checkbox">
          <input type="checkbox" {...register('isIplc')} />
          {t('field.isIplc')}
        </label>
        <label className="checkbox">
          <input type="checkbox" {...register('isYouth')} />
          {t('field.isYouth')}
        </label>
      </fieldset>
      <div className="field-row">
        <FormField label={t('field.email')} error={errors.email}>
          {(props) => <input {...props} {...register('email')} type="email" autoComplete="off" />}
        </FormField>
        <FormField label={t('field.phone')} error={errors.phone}>
          {(props) => <input {...props} {...register('phone')} type="tel" autoComplete="off" />}
        </FormField>
      </div>
      <div className="field-row">
        <FormField label={t('field.consentDate')} error={errors.consentDate}>
          {(props) => <input {...props} {...register('consentDate')} type="date" />}
        </FormField>
        <FormField label={t('field.consentScope')} help={t('help.consentScope')} error={errors.consentScope}>
          {(props) => (
            <select {...props} {...register('consentScope')}>
              <option value="">{t('consentScope.none')}</option>
              {CONSENT_SCOPES.map((code) => (
                <option key={code} value={code}>
                  {t(`consentScope.${code}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField label={t('field.notes')} help={t('help.notes')} error={errors.notes}>
        {(props) => <textarea {...props} {...register('notes')} rows={2} />}
      </FormField>
      <SaveCancelActions saving={save.isPending} onCancel={onCancel} />
    </form>
  );
}
