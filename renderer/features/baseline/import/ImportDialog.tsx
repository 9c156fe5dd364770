import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendsEarthPreview } from '../../../../shared/baseline/schema';
import { useBackend } from '../../../app/backend/BackendContext';
import { useCommandQuery } from '../../../app/backend/commandQueries';
import { FileChooserField } from '../../../components/FileChooserField';
import { FormDialog } from '../../../components/FormDialog';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { useBaselineMutation } from '../baselineQueries';
import { importLimitBytes, statedLimitBytes, toMegabytes } from './importLimits';
import { ImportErrors } from './ImportErrors';
import { ImportPreview } from './ImportPreview';
import { readFileAsBase64 } from '../../../components/readFileAsBase64';

type Step =
  | { kind: 'choose' }
  | { kind: 'reading'; share: number }
  | { kind: 'checking' }
  | { kind: 'preview'; file: { fileName: string; bytesBase64: string }; preview: TrendsEarthPreview };

/**
 * Imports a Trends.Earth summary or package in two steps: the file is read and previewed (nothing written),
 * then imported on confirmation. Both Electron and the browser send the bytes, so one path serves both.
 */
export function ImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation('baseline');
  const backend = useBackend();
  const info = useCommandQuery('app.info', {});
  const importFile = useBaselineMutation('baseline.importTrendsEarth');
  const showSnackbar = useSnackbarStore((state) => state.show);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [error, setError] = useState<unknown>(null);
  const [tooLarge, setTooLarge] = useState<{ size: number; limit: number } | null>(null);
  const mode = info.data?.mode ?? 'web';
  // Intl names the unit in the reader's language (MB, Mo, ميغابايت…).
  const megabytes = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(toMegabytes(bytes));

  const close = () => {
    setStep({ kind: 'choose' });
    setError(null);
    setTooLarge(null);
    importFile.reset();
    onClose();
  };

  const choose = async (file: File | undefined) => {
    setError(null);
    setTooLarge(null);
    if (!file) return;
    const limit = importLimitBytes(file.name, mode);
    if (file.size > limit) {
      setTooLarge({ size: file.size, limit });
      return;
    }
    try {
      setStep({ kind: 'reading', share: 0 });
      const bytesBase64 = await readFileAsBase64(file, (share) => setStep({ kind: 'reading', share }));
      setStep({ kind: 'checking' });
      const input = { fileName: file.name, bytesBase64 };
      const preview = await backend.call('baseline.previewTrendsEarth', input);
      setStep({ kind: 'preview', file: input, preview });
    } catch (failure) {
      setError(failure);
      setStep({ kind: 'choose' });
    }
  };

  const confirm = () => {
    if (step.kind !== 'preview') return;
    importFile.mutate(step.file, {
      onSuccess: (result) => {
        const fileName = step.file.fileName;
        showSnackbar({
          text:
            result.imports.length === 0 || step.preview.files.every((f) => f.alreadyImported)
              ? t('import.nothingNew', { file: fileName })
              : t('import.done', { file: fileName, count: step.preview.tables.length }),
        });
        close();
      },
    });
  };

  return (
    <FormDialog open={open} onClose={close} title={t('import.title')} description={t('import.description')}>
      <div className="stack import-dialog">
        {step.kind !== 'preview' && (
          <FileChooserField
            label={t('import.file')}
            help={t('import.sizeLimit', { size: megabytes(statedLimitBytes(mode)) })}
            accept=".json,.gz,.tgz"
            disabled={step.kind !== 'choose'}
            onChoose={(file) => void choose(file)}
          >
            {tooLarge && (
              <p role="alert" className="field__error">
                {t('import.tooLarge', { size: megabytes(tooLarge.size), limit: megabytes(tooLarge.limit) })}
              </p>
            )}
          </FileChooserField>
        )}
        {step.kind === 'reading' && (
          <div role="status" className="import-dialog__progress">
            <span>{t('import.reading')}</span>
            <progress max={1} value={step.share} aria-label={t('import.reading')} />
          </div>
        )}
        {step.kind === 'checking' && (
          <p role="status" className="import-dialog__progress">
            {t('import.checking')}
          </p>
        )}
        {error !== null && <ImportErrors error={error} />}
        {step.kind === 'preview' && (
          <>
            <p className="muted">{t('import.step1')}</p>
            <ImportPreview preview={step.preview} />
            {importFile.isError && <ImportErrors error={importFile.error} />}
            {importFile.isPending && (
              <p role="status" className="import-dialog__progress">
                {t('import.importing')}
              </p>
            )}
            <div className="form-actions">
              <button type="button" className="button button--primary" disabled={importFile.isPending} onClick={confirm}>
                {t('import.confirm')}
              </button>
              <button type="button" className="button" onClick={() => setStep({ kind: 'choose' })}>
                {t('import.back')}
              </button>
              <button type="button" className="button" onClick={close}>
                {t('import.cancel')}
              </button>
            </div>
          </>
        )}
      </div>
    </FormDialog>
  );
}
