import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SPATIAL_FILE_ACCEPT } from '../../../../shared/maps/schema';
import { useCommandQuery } from '../../../app/backend/commandQueries';
import { FormField } from '../../../components/form/FormField';
import type { KeyedFieldError } from '../../../components/form/schemaResolver';
import { BROWSER_UPLOAD_LIMIT_BYTES, toMegabytes } from '../../baseline/import/importLimits';
import { readFileAsBase64 } from '../../../components/readFileAsBase64';
import type { ZoneImport } from './useZoneImport';

/** Choosing a file reads it at once: the preview shows what an import would do, and writes nothing. */
export function ZoneFileField({ zoneImport }: { zoneImport: ZoneImport }) {
  const { t, i18n } = useTranslation('plans');
  const mode = useCommandQuery('app.info', {}).data?.mode ?? 'web';
  const [clientError, setClientError] = useState<KeyedFieldError | undefined>();
  const megabytes = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    // In the browser the upload itself has a limit: said before the wait, not after it.
    if (mode === 'web' && chosen.size > BROWSER_UPLOAD_LIMIT_BYTES) {
      setClientError({ type: 'client', message: 'plans:import.tooLarge', params: { limit: megabytes.format(toMegabytes(BROWSER_UPLOAD_LIMIT_BYTES)) } });
      return;
    }
    setClientError(undefined);
    await zoneImport.readFile({ fileName: chosen.name, bytesBase64: await readFileAsBase64(chosen) });
  }

  return (
    <FormField label={t('import.file')} help={t('import.fileHelp')} error={clientError}>
      {(control) => <input {...control} type="file" accept={SPATIAL_FILE_ACCEPT} onChange={(event) => void onChange(event)} />}
    </FormField>
  );
}
