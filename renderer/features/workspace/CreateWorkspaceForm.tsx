import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { contract } from '../../../shared/contract';
import { REPORTING_CYCLE, REPORTING_PERIODS_2026, type WorkspaceLevel } from '../../../shared/workspace/schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField } from '../../components/form/FormField';
import { optionalNumber, schemaResolver } from '../../components/form/schemaResolver';
import { useSubmitWithFieldErrors } from '../../components/form/useSubmitWithFieldErrors';
import { CountrySelect } from './CountrySelect';
import { asksToCreateWorkspace } from './createWorkspaceLink';
import { LevelRadios } from './LevelRadios';
import { ReportingPeriods } from './ReportingPeriods';
import { WorkspaceLocation } from './WorkspaceLocation';
import { useCreateWorkspace } from './workspaceQueries';
import { SubmitActions } from '../../components/form/SubmitActions';

interface CreateWorkspaceValues {
  name: string;
  countryIso3: string;
  level: WorkspaceLevel;
  areaName: string;
  landAreaKm2: string;
}

const EMPTY_FORM: CreateWorkspaceValues = { name: '', countryIso3: '', level: 'national', areaName: '', landAreaKm2: '' };

const resolver = schemaResolver(contract['workspace.create'].input, (values: CreateWorkspaceValues) => ({
  name: values.name,
  countryIso3: values.countryIso3,
  level: values.level,
  // A name typed before switching back to national is not part of a national workspace.
  areaName: values.level === 'subnational' ? values.areaName : undefined,
  landAreaKm2: optionalNumber(values.landAreaKm2),
}));

export function CreateWorkspaceForm() {
  const { t } = useTranslation(['workspace', 'common']);
  const navigate = useNavigate();
  const create = useCreateWorkspace();
  const [path, setPath] = useState<string | null>(null);
  const [searchParams] = useSearchParams();
  const form = useForm({
    resolver,
    mode: 'onChange',
    defaultValues: EMPTY_FORM,
  });
  const { register, control, setFocus, formState: { errors } } = form;
  // Reached from the desktop menu's "New workspace…": start typing the name straight away.
  const startHere = asksToCreateWorkspace(searchParams);
  useEffect(() => {
    if (startHere) setFocus('name');
  }, [startHere, setFocus]);
  const subnational = useWatch({ control, name: 'level' }) === 'subnational';
  const name = useWatch({ control, name: 'name' });

  const { submit, formError } = useSubmitWithFieldErrors(form, create, {
    toInput: (input) => ({ ...input, ...(path ? { path } : {}) }),
    onSaved: () => void navigate('/workspace'),
  });

  return (
    <form noValidate onSubmit={submit} className="stack">
      {formError !== null && <ErrorAlert title={t('create.failed')} error={formError} />}
      <FormField label={t('field.name')} help={t('create.nameHelp')} error={errors.name} required>
        {(props) => <input {...props} {...register('name')} type="text" autoComplete="off" />}
      </FormField>
      <FormField label={t('field.country')} error={errors.countryIso3} required>
        {(props) => (
          <Controller
            control={control}
            name="countryIso3"
            render={({ field }) => (
              <CountrySelect control={props} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />
            )}
          />
        )}
      </FormField>
      <LevelRadios register={register('level')} />
      {subnational && (
        <FormField label={t('field.areaName')} help={t('create.areaNameHelp')} error={errors.areaName} required>
          {(props) => <input {...props} {...register('areaName')} type="text" autoComplete="off" />}
        </FormField>
      )}
      <FormField
        label={t('field.landAreaKm2')}
        help={t('create.landAreaHelp')}
        error={errors.landAreaKm2}
        suffix={t('common:units.km2')}
        required
      >
        {(props) => <input {...props} {...register('landAreaKm2')} type="number" inputMode="decimal" min={0} step="any" />}
      </FormField>
      <dl className="details details--compact">
        <ReportingPeriods cycle={REPORTING_CYCLE} periods={REPORTING_PERIODS_2026} />
      </dl>
      <p className="field__help">{t('create.periodsHelp')}</p>
      <WorkspaceLocation path={path} onChoose={setPath} suggestedName={name} />
      <SubmitActions disabled={create.isPending}>
        {t('create.submit')}
      </SubmitActions>
    </form>
  );
}
