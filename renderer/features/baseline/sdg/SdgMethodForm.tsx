import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodKey } from '../../../../shared/workspace/schema';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormField } from '../../../components/form/FormField';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { useBaselineScreen } from '../baselineContext';
import { useBaselineMutation } from '../baselineQueries';
import { SubmitActions } from '../../../components/form/SubmitActions';

type Method = 'one_out_all_out' | 'other';
type Confidence = 'high' | 'medium' | 'low';

/** The SO1-4.T2 tick boxes of one period: the method used and the confidence in the figure. */
export function SdgMethodForm({ periodKey }: { periodKey: PeriodKey }) {
  const { t } = useTranslation('baseline');
  const { data } = useBaselineScreen();
  const save = useBaselineMutation('baseline.saveSdgMethod');
  const showSnackbar = useSnackbarStore((state) => state.show);
  const stored = data.sdgMethods.find((m) => m.periodKey === periodKey);
  const [method, setMethod] = useState<Method>(stored?.method ?? 'one_out_all_out');
  const [methodText, setMethodText] = useState(stored?.methodText ?? '');
  const [confidence, setConfidence] = useState<Confidence | ''>(stored?.confidence ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { periodKey, method, methodText: method === 'other' ? methodText : null, confidence: confidence === '' ? null : confidence },
      { onSuccess: () => showSnackbar({ text: t('sdg.methodSaved') }) },
    );
  };

  return (
    <form className="sdg-method stack" noValidate onSubmit={submit} aria-label={`${t('sdg.methodTitle')}: ${t(`period.${periodKey}`)}`}>
      <h4>{t('sdg.methodTitle')}</h4>
      {save.isError && <ErrorAlert error={save.error} />}
      <fieldset className="radio-group">
        <legend>{t('sdg.method')}</legend>
        {(['one_out_all_out', 'other'] as const).map((option) => (
          <label key={option} className="radio">
            <input type="radio" name={`sdg-method-${periodKey}`} checked={method === option} onChange={() => setMethod(option)} />
            {t(`sdg.methodOption.${option}`)}
          </label>
        ))}
      </fieldset>
      {method === 'other' && (
        <FormField label={t('sdg.methodText')}>
          {(control) => <textarea {...control} rows={2} value={methodText} onChange={(event) => setMethodText(event.target.value)} />}
        </FormField>
      )}
      <FormField label={t('sdg.confidence')}>
        {(control) => (
          <select {...control} value={confidence} onChange={(event) => setConfidence(event.target.value as Confidence | '')}>
            <option value="">{t('sdg.confidence_none')}</option>
            {(['high', 'medium', 'low'] as const).map((option) => (
              <option key={option} value={option}>
                {t(`sdg.confidence_${option}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <SubmitActions disabled={save.isPending} primary={false}>
        {t('sdg.saveMethod')}
      </SubmitActions>
    </form>
  );
}
