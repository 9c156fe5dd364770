import { useEffect, useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DEGRADATION_PROCESS_CODES, degradationProcessesInput, type DegradationProcess, type DegradationProcessCode } from '../../../../shared/baseline/sites';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormField } from '../../../components/form/FormField';
import { schemaResolver } from '../../../components/form/schemaResolver';
import { useSubmitWithFieldErrors } from '../../../components/form/useSubmitWithFieldErrors';
import { LoadingState } from '../../../components/LoadingState';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { useBaselineSites, useSitesMutation } from './sitesQueries';
import { SubmitActions } from '../../../components/form/SubmitActions';

interface ProcessValues {
  codes: DegradationProcessCode[];
  otherTitle: string;
}

const TABLE_ID = 'SO1-1.T1';

/** The checklist cannot repeat a code, so only the title can be refused at a field. */
const FIELDS = ['otherTitle'] as const;
const resolver = schemaResolver(degradationProcessesInput, (values: ProcessValues) => values);

const toValues = (processes: readonly DegradationProcess[]): ProcessValues => ({
  codes: processes.map((p) => p.code),
  otherTitle: processes.find((p) => p.code === 'other')?.otherTitle ?? '',
});

/** SO1-1.T1: the key degradation processes as a checklist, each with its start → end classes (§1.3). */
export function DegradationProcessesForm() {
  const { t } = useTranslation('baseline');
  const sites = useBaselineSites();
  const headingId = useId();
  return (
    <section className="prais-table card stack" aria-labelledby={headingId} data-table-id={TABLE_ID}>
      <div className="prais-table__head">
        <h3 id={headingId} className="prais-table__title">
          <span className="prais-table__id">{TABLE_ID}</span> {t('processes.title')}
        </h3>
      </div>
      <p className="muted">{t('processes.intro')}</p>
      {sites.isPending && <LoadingState />}
      {sites.isError && <ErrorAlert error={sites.error} />}
      {sites.isSuccess && <ProcessChecklist processes={sites.data.processes} />}
    </section>
  );
}

function ProcessChecklist({ processes }: { processes: readonly DegradationProcess[] }) {
  const { t } = useTranslation('baseline');
  const idPrefix = useId();
  const save = useSitesMutation('baseline.saveProcesses');
  const showSnackbar = useSnackbarStore((state) => state.show);
  const form = useForm({ resolver, defaultValues: toValues(processes) });
  const { register, formState, control, reset } = form;
  // After a save elsewhere (another window, an undo) the stored selection is what the list shows.
  useEffect(() => reset(toValues(processes)), [processes, reset]);
  const otherTicked = useWatch({ control, name: 'codes' }).includes('other');

  const { submit, formError } = useSubmitWithFieldErrors(form, save, { fields: FIELDS, onSaved: () => showSnackbar({ text: t('processes.saved') }) });

  return (
    <form noValidate className="stack" onSubmit={submit}>
      {formError !== null && <ErrorAlert title={t('processes.saveFailed')} error={formError} />}
      <fieldset className="process-list">
        <legend className="visually-hidden">{t('processes.title')}</legend>
        {DEGRADATION_PROCESS_CODES.map((code) => (
          <div key={code} className="process-list__item">
            <label className="checkbox">
              <input type="checkbox" value={code} {...register('codes')} aria-describedby={`${idPrefix}-${code}`} />
              {t(`processes.code.${code}`)}
            </label>
            <p id={`${idPrefix}-${code}`} className="muted process-list__help">
              {t(`processes.help.${code}`)}
            </p>
          </div>
        ))}
      </fieldset>
      {otherTicked && (
        <FormField label={t('processes.otherTitle')} error={formState.errors.otherTitle} required>
          {(props) => <input {...props} {...register('otherTitle')} type="text" autoComplete="off" />}
        </FormField>
      )}
      <SubmitActions disabled={save.isPending} primary={false}>
        {t('processes.save')}
      </SubmitActions>
    </form>
  );
}
