import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeometryOwner } from '../../shared/maps/schema';
import { OWNER_COLOURS } from './ownerStyles';

/** What the colours on the map mean: the basemap, the area of interest, and each kind of record shown. */
export function MapLegend({ owners, showAreaOfInterest }: { owners: readonly GeometryOwner[]; showAreaOfInterest: boolean }) {
  const { t } = useTranslation('maps');
  const titleId = useId();
  return (
    <section className="map-legend" aria-labelledby={titleId}>
      <h3 id={titleId} className="map-legend__title">
        {t('legend.title')}
      </h3>
      <ul className="map-legend__list">
        <li>
          <span className="map-swatch map-swatch--basemap" aria-hidden="true" />
          {t('legend.countries')}
        </li>
        {showAreaOfInterest && (
          <li>
            <span className="map-swatch map-swatch--outline" aria-hidden="true" />
            {t('owner.workspace')}
          </li>
        )}
        {owners.map((owner) => (
          <li key={owner}>
            <span className="map-swatch" style={{ backgroundColor: OWNER_COLOURS[owner] }} aria-hidden="true" />
            {t(`owner.${owner}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
