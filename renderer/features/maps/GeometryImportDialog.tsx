import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SPATIAL_FILE_ACCEPT, type FeatureGeometry, type GeometryOwnerRef, type ImportPreview } from '../../../shared/maps/schema';
import { useBackend } from '../../app/backend/BackendContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FileChooserField } from '../../components/FileChooserField';
import { FormDialog } from '../../components/FormDialog';
import { readFileAsBase64 } from '../../components/readFileAsBase64';
import { refusalReason } from './geometryError';
import { ImportFeatureList, isImportable } from './ImportFeatureList';
import { useImportGeometry } from './mapsQueries';

type ChosenFile = { fileName: string; bytesBase64: string };
type Step = { kind: 'choose' } | { kind: 'reading' } | { kind: 'preview'; file: ChosenFile; preview: ImportPreview };

interface GeometryImportDialogProps {
  owner: GeometryOwnerRef;
  open: boolean;
  onClose: () => void;
  onImported: (saved: FeatureGeometry) => void;
}

/**
 * Imports a record's geometry from a file in two steps: the file is read and its features listed with the
 * CRS found and each feature's problems (nothing written), then the chosen features become the geometry.
 */
export function GeometryImportDialog({ owner, open, onClose, onImported }: GeometryImportDialogProps) {
  const { t, i18n } = useTranslation(['maps', 'common']);
  const backend = useBackend();
  const importGeometry = useImportGeometry();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [readError, setReadError] = useState<unknown>(null);

  const close = () => {
    setStep({ kind: 'choose' });
    setChosen(new Set());
    setReadError(null);
    importGeometry.reset();
    onClose();
  };

  const read = async (file: File | undefined) => {
    setReadError(null);
    if (!file) return;
    try {
      setStep({ kind: 'reading' });
      const input = { fileName: file.name, bytesBase64: await readFileAsBase64(file, () => undefined) };
      const preview = await backend.call('maps.previewImport', { file: input });
      setChosen(new Set(preview.features.filter(isImportable).map((feature) => feature.index)));
      setStep({ kind: 'preview', file: input, preview });
    } catch (failure) {
      setReadError(failure);
      setStep({ kind: 'choose' });
    }
  };

  const choose = (index: number, isChosen: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (isChosen) next.add(index);
      else next.delete(index);
      return next;
    });

  const confirm = () => {
    if (step.kind !== 'preview') return;
    importGeometry.mutate(
      { ...owner, file: step.file, featureIndexes: [...chosen].sort((a, b) => a - b) },
      {
        onSuccess: (saved) => {
          onImported(saved);
          close();
        },
      },
    );
  };

  return (
    <FormDialog wide open={open} onClose={close} title={t('import.title')} description={t('import.description')}>
      <div className="stack import-dialog">
        {step.kind !== 'preview' && (
          <FileChooserField
            label={t('import.file')}
            help={t('import.fileHelp')}
            accept={SPATIAL_FILE_ACCEPT}
            disabled={step.kind === 'reading'}
            onChoose={(file) => void read(file)}
          />
        )}
        {step.kind === 'reading' && (
          <p role="status" className="import-dialog__progress">
            {t('import.reading')}
          </p>
        )}
        {readError !== null && <ErrorAlert title={t('import.readFailed')} error={readError} />}
        {step.kind === 'preview' && (
          <>
            <dl className="import-preview__facts">
              <dt>{t('import.fileName')}</dt>
              <dd>{step.preview.fileName}</dd>
              <dt>{t('import.format')}</dt>
              <dd>{t(`format.${step.preview.format}`)}</dd>
              <dt>{t('import.crs')}</dt>
              <dd>
                {step.preview.crs.name ?? t('import.crsNotStated')}
                {step.preview.crs.reprojected && <> · {t('import.reprojected')}</>}
              </dd>
            </dl>
            <p>
              {t('import.counts', { count: step.preview.features.length })}{' '}
              {step.preview.refusedCount > 0 && t('import.refused', { count: step.preview.refusedCount })}
            </p>
            <ImportFeatureList features={step.preview.features} chosen={chosen} onChoose={choose} />
            {importGeometry.isError && (
              <div role="alert" className="alert alert--error">
                <p className="alert__title">{t('import.failed')}</p>
                <p>{refusalReason(importGeometry.error, i18n)}</p>
              </div>
            )}
            <div className="form-actions">
              <button
                type="button"
                className="button button--primary"
                disabled={chosen.size === 0 || importGeometry.isPending}
                onClick={confirm}
              >
                {t('import.confirm', { count: chosen.size })}
              </button>
              <button type="button" className="button" onClick={() => setStep({ kind: 'choose' })}>
                {t('import.back')}
              </button>
              <button type="button" className="button" onClick={close}>
                {t('common:cancel')}
              </button>
            </div>
          </>
        )}
      </div>
    </FormDialog>
  );
}
