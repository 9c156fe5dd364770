import { useTranslation } from 'react-i18next';
import type { ImportPreview, SpatialFormat } from '../../../../shared/maps/schema';

/** Format names are proper names, the same in every language. */
const FORMAT_NAMES: Record<SpatialFormat, string> = {
  geojson: 'GeoJSON',
  kml: 'KML',
  kmz: 'KMZ',
  gpx: 'GPX',
  shapefile: 'Shapefile',
  geopackage: 'GeoPackage',
};

/** What the file is: its format and the coordinate reference system found in it. */
export function ImportSource({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation('plans');
  const crs = preview.crs.name ?? t('import.crsNotStated');
  return (
    <dl className="details details--compact">
      <dt>{t('import.fileName')}</dt>
      <dd>{preview.fileName}</dd>
      <dt>{t('import.format')}</dt>
      <dd>{FORMAT_NAMES[preview.format]}</dd>
      <dt>{t('import.crs')}</dt>
      <dd>{preview.crs.reprojected ? t('import.crsReprojected', { crs }) : crs}</dd>
    </dl>
  );
}
