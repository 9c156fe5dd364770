import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { memberProfileInput, memberRole, type MemberProfile, type MemberRole } from '../../../shared/settings/schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField } from '../../components/form/FormField';
import { schemaResolver } from '../../components/form/schemaResolver';
import { useSubmitWithFieldErrors } from '../../components/form/useSubmitWithFieldErrors';
import { useSnackbarStore } from '../../components/snackbarStore';
import { useSaveProfile } from './settingsQueries';
import { SubmitActions } from '../../components/form/SubmitActions';

interface ProfileValues {
  name: string;
  organisation: string;
  role: MemberRole;
}

const resolver = schemaResolver(memberProfileInput, (values: ProfileValues) => values);

export function ProfileForm({ profile }: { profile: MemberProfile }) {
  const { t } = useTranslation('settings');
  const save = useSaveProfile();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const form = useForm({
    resolver,
    mode: 'onChange',
    defaultValues: { name: profile.name, organisation: profile.organisation, role: profile.role },
  });
  const { register, formState } = form;
  const { submit, formError } = useSubmitWithFieldErrors(form, save, { onSaved: () => showSnackbar({ text: t('profile.saved') }) });
  return (
    <form noValidate className="stack" onSubmit={submit}>
      {formError !== null && <ErrorAlert error={formError} />}
      <FormField label={t('profile.name')} help={t('profile.nameHelp')} error={formState.errors.name} required>
        {(props) => <input {...props} {...register('name')} type="text" autoComplete="name" />}
      </FormField>
      <FormField label={t('profile.organisation')} error={formState.errors.organisation}>
        {(props) => <input {...props} {...register('organisation')} type="text" autoComplete="organization" />}
      </FormField>
      <FormField label={t('profile.role')} error={formState.errors.role} required>
        {(props) => (
          <select {...props} {...register('role')}>
            {memberRole.options.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <SubmitActions disabled={save.isPending}>
        {t('profile.save')}
      </SubmitActions>
    </form>
  );
}
