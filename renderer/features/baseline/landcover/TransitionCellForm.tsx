import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransitionCell } from '../../../../shared/baseline/schema';
import { CommandFailure } from '../../../app/backend/backend';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormField } from '../../../components/form/FormField';
import { SaveCancelActions } from '../../../components/form/SaveCancelActions';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { useBaselineMutation } from '../baselineQueries';
import { MEANING_KEY } from './meaning';

/**
 * Changes one cell of the transition matrix (the national one, or a region's when `regionId` is given); the
 * working group's reason is required and kept with the new version.
 */
export function TransitionCellForm({ cell, regionId, onDone }: { cell: TransitionCell; regionId?: string; onDone: () => void }) {
  const { t } = useTranslation('baseline');
  const save = useBaselineMutation('baseline.saveTransitionCell');
  const showSnackbar = useSnackbarStore((state) => state.show);
  const [meaning, setMeaning] = useState<TransitionCell['meaning']>(cell.meaning);
  const [rationale, setRationale] = useState('');
  const [missingRationale, setMissingRationale] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (rationale.trim() === '') {
      setMissingRationale(true);
      return;
    }
    save.mutate(
      { initialCode: cell.initialCode, finalCode: cell.finalCode, meaning, rationale, regionId },
      {
        onSuccess: () => {
          showSnackbar({ text: t('matrix.cellSaved') });
          onDone();
        },
        onError: (error) => {
          if (error instanceof CommandFailure && error.fieldErrors.some((f) => f.path[0] === 'rationale')) setMissingRationale(true);
          else setFailure(error);
        },
      },
    );
  };

  return (
    <form noValidate className="stack" onSubmit={submit}>
      {failure !== null && <ErrorAlert error={failure} />}
      <FormField label={t('matrix.meaning')}>
        {(props) => (
          <select {...props} value={meaning} onChange={(event) => setMeaning(Number(event.target.value) as TransitionCell['meaning'])}>
            {([1, 0, -1] as const).map((value) => (
              <option key={value} value={value}>
                {t(`meaning.${MEANING_KEY[value]}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('matrix.rationale')} required error={missingRationale ? { type: 'required', message: 'errors:field.required' } : undefined}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={rationale}
            onChange={(event) => {
              setRationale(event.target.value);
              setMissingRationale(false);
            }}
          />
        )}
      </FormField>
      <SaveCancelActions saving={save.isPending} onCancel={onDone} />
    </form>
  );
}
