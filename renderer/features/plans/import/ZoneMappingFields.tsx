import { useTranslation } from 'react-i18next';
import type { ZoneImportMapping } from '../../../../shared/plans/schema';
import { FormField } from '../../../components/form/FormField';
import type { ZoneImport, ZoneImportPreview } from './useZoneImport';

/** The zone fields an attribute of the file can fill, in the order the preview table shows them. */
const MAPPED_FIELDS = ['nameAttribute', 'zoningClassAttribute', 'landTypeAttribute'] as const;

/** Which attribute of the file fills each field of a zone; pre-filled with the guess, each change reads the file again. */
export function ZoneMappingFields({ zoneImport, answer }: { zoneImport: ZoneImport; answer: ZoneImportPreview }) {
  const { t } = useTranslation('plans');
  const choose = (field: (typeof MAPPED_FIELDS)[number], attribute: string) => {
    const { [field]: _old, ...rest } = answer.mapping;
    const mapping: ZoneImportMapping = attribute === '' ? rest : { ...rest, [field]: attribute };
    void zoneImport.remap(mapping);
  };
  return (
    <fieldset className="zone-import__mapping" aria-describedby="zone-import-mapping-help">
      <legend>{t('import.mappingHeading')}</legend>
      <p id="zone-import-mapping-help" className="field__help">
        {t('import.mappingHelp')}
      </p>
      <div className="zone-import__mapping-fields">
        {MAPPED_FIELDS.map((field) => (
          <FormField key={field} label={t(`import.mapping.${field}`)}>
            {(control) => (
              <select {...control} value={answer.mapping[field] ?? ''} disabled={zoneImport.reading.pending} onChange={(event) => choose(field, event.target.value)}>
                <option value="">{t('import.noAttribute')}</option>
                {answer.preview.attributes.map((attribute) => (
                  <option key={attribute} value={attribute}>
                    {attribute}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        ))}
      </div>
    </fieldset>
  );
}
