import { useTranslation } from 'react-i18next';
import type { LandType } from '../../../../shared/landtypes/schema';
import { translateKey } from '../../../app/i18n/translateKey';
import { useFormat } from '../../../app/i18n/useFormat';
import { TableScroll } from '../../../components/TableScroll';
import { usePlanLabels } from '../labels';
import type { ZoneImport, ZoneImportPreview } from './useZoneImport';

interface ZoneFeaturesTableProps {
  zoneImport: ZoneImport;
  answer: ZoneImportPreview;
  landTypes: readonly LandType[];
}

/** Every feature of the file as the zone it would become, with what is wrong with it in words; features can be left out. */
export function ZoneFeaturesTable({ zoneImport, answer, landTypes }: ZoneFeaturesTableProps) {
  const { t, i18n } = useTranslation('plans');
  const labels = usePlanLabels();
  const format = useFormat();
  const areaOf = new Map(answer.preview.features.map((feature) => [feature.index, feature.areaKm2]));
  const landTypeText = (id: string | null) => {
    const landType = landTypes.find((item) => item.id === id);
    return landType ? t('zone.landTypeOption', { code: landType.code, name: landType.name }) : t('zone.noLandType');
  };
  const refused = answer.zones.filter((zone) => zone.problems.length > 0).length;
  return (
    <section className="zone-import__features" aria-labelledby="zone-import-features-heading">
      <h3 id="zone-import-features-heading">{t('import.featuresHeading')}</h3>
      <p className="muted">
        {t('import.importableCount', { count: answer.zones.length - refused })} {refused > 0 && t('import.refusedCount', { count: refused })}
      </p>
      <TableScroll label={t('import.featuresCaption')}>
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{t('import.featuresCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.include')}</th>
              <th scope="col" className="numeric">{t('import.featureNumber')}</th>
              <th scope="col">{t('zone.field.name')}</th>
              <th scope="col">{t('zone.field.zoningClass')}</th>
              <th scope="col">{t('zone.field.landType')}</th>
              <th scope="col" className="numeric">{t('zones.mappedArea')}</th>
              <th scope="col">{t('import.problems')}</th>
            </tr>
          </thead>
          <tbody>
            {answer.zones.map((zone) => {
              const blocked = zone.problems.length > 0;
              const number = format.number(zone.index + 1);
              const area = areaOf.get(zone.index);
              return (
                <tr key={zone.index} className={blocked ? 'zone-import__row--refused' : undefined}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('import.includeFeature', { number, name: zone.name ?? t('import.noName') })}
                      checked={!blocked && zoneImport.isSelected(zone.index)}
                      disabled={blocked}
                      onChange={() => zoneImport.toggle(zone.index)}
                    />
                  </td>
                  <td className="numeric">{number}</td>
                  <th scope="row">{zone.name ?? t('import.noName')}</th>
                  <td>{zone.zoningClass ? labels.zoningClass(zone.zoningClass) : t('import.unknownValue')}</td>
                  <td>{landTypeText(zone.landTypeId)}</td>
                  <td className="numeric">{area === null || area === undefined ? '' : format.areaKm2(area)}</td>
                  <td>
                    {blocked ? (
                      <ul className="zone-import__problems">
                        {zone.problems.map((problem) => (
                          <li key={`${problem.code}:${JSON.stringify(problem.params)}`}>{translateKey(i18n, problem.messageKey, problem.params)}</li>
                        ))}
                      </ul>
                    ) : (
                      t('import.ready')
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
