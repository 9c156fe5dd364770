import { useTranslation } from 'react-i18next';
import type { ImportPreviewFeature } from '../../../shared/maps/schema';
import { translateKey } from '../../app/i18n/translateKey';
import { TableScroll } from '../../components/TableScroll';
import { useAreaFormat } from './useAreaFormat';

interface ImportFeatureListProps {
  features: readonly ImportPreviewFeature[];
  chosen: ReadonlySet<number>;
  onChoose: (index: number, chosen: boolean) => void;
}

/** A feature with any problem cannot be imported as it is; it is listed with the reasons instead. */
export function isImportable(feature: ImportPreviewFeature): boolean {
  return feature.problems.length === 0;
}

/** The features of a file, each with a checkbox to import it, its area, and what is wrong with it. */
export function ImportFeatureList({ features, chosen, onChoose }: ImportFeatureListProps) {
  const { t, i18n } = useTranslation('maps');
  const area = useAreaFormat();
  // GeoJSON's type names in words; a type the app does not know is shown as the file gives it.
  const geometryTypeName = (type: string | null) =>
    type === null ? t('import.noGeometry') : i18n.exists(`maps:geometryType.${type}`) ? translateKey(i18n, `maps:geometryType.${type}`) : type;
  const nameOf = (feature: ImportPreviewFeature) => feature.label ?? t('import.unnamed', { number: feature.index + 1 });
  return (
    <TableScroll label={t('import.featuresCaption')}>
      <table className="data-table import-features">
        <caption className="visually-hidden">{t('import.featuresCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.choose')}</th>
            <th scope="col">{t('import.feature')}</th>
            <th scope="col">{t('import.geometryType')}</th>
            <th scope="col" className="numeric">
              {t('list.areaKm2')}
            </th>
            <th scope="col">{t('import.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {features.map((feature) => (
            <tr key={feature.index}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('import.chooseNamed', { name: nameOf(feature) })}
                  checked={chosen.has(feature.index)}
                  disabled={!isImportable(feature)}
                  onChange={(event) => onChoose(feature.index, event.target.checked)}
                />
              </td>
              <th scope="row">{nameOf(feature)}</th>
              <td>{geometryTypeName(feature.geometryType)}</td>
              <td className="numeric">{feature.areaKm2 === null ? '—' : area.km2(feature.areaKm2)}</td>
              <td>
                {feature.problems.length === 0 ? (
                  t('import.noProblem')
                ) : (
                  <ul className="import-features__problems">
                    {feature.problems.map((problem) => (
                      <li key={problem.code}>{translateKey(i18n, problem.messageKey, problem.params)}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
