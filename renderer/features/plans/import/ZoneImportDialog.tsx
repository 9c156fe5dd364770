import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormDialog } from '../../../components/FormDialog';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { useLandTypes } from '../../landtypes/landTypeQueries';
import { ImportSource } from './ImportSource';
import { useZoneImport } from './useZoneImport';
import { ZoneFeaturesTable } from './ZoneFeaturesTable';
import { ZoneFileField } from './ZoneFileField';
import { ZoneMappingFields } from './ZoneMappingFields';

interface ZoneImportDialogProps {
  planId: string;
  open: boolean;
  onClose: () => void;
}

/** Imports a plan's zones from a spatial file; closing the dialog forgets the file. */
export function ZoneImportDialog({ planId, open, onClose }: ZoneImportDialogProps) {
  const { t } = useTranslation('plans');
  return (
    <FormDialog wide open={open} onClose={onClose} title={t('import.title')} description={t('import.description')}>
      {open && <ImportSteps planId={planId} onClose={onClose} />}
    </FormDialog>
  );
}

function ImportSteps({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useTranslation(['plans', 'common']);
  const showSnackbar = useSnackbarStore((state) => state.show);
  const landTypes = useLandTypes().data?.items ?? [];
  const zoneImport = useZoneImport(planId, (createdCount) => {
    showSnackbar({ text: t('import.done', { count: createdCount }) });
    onClose();
  });
  const { answer, reading, importing, selected } = zoneImport;

  return (
    <form
      className="zone-import"
      onSubmit={(event) => {
        event.preventDefault();
        zoneImport.confirm();
      }}
    >
      <ZoneFileField zoneImport={zoneImport} />
      {reading.pending && (
        <p role="status" className="loading-state">
          {t('import.reading')}
        </p>
      )}
      {reading.error !== null && <ErrorAlert title={t('import.readFailed')} error={reading.error} />}
      {answer && (
        <>
          <ImportSource preview={answer.preview} />
          <ZoneMappingFields zoneImport={zoneImport} answer={answer} />
          <ZoneFeaturesTable zoneImport={zoneImport} answer={answer} landTypes={landTypes} />
        </>
      )}
      {importing.isError && <ErrorAlert title={t('import.importFailed')} error={importing.error} />}
      <div className="form-actions">
        {answer && (
          <button type="submit" className="button button--primary" disabled={selected.length === 0 || importing.isPending || reading.pending}>
            {importing.isPending ? t('import.importing') : t('import.confirm', { count: selected.length })}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
