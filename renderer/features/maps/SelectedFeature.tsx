import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MapLayerItem } from '../../../shared/maps/schema';
import { ownerPath } from './ownerPaths';
import { useAreaFormat } from './useAreaFormat';

/** The shape chosen on the map or in the list: what it belongs to, its area, and the way to its record. */
export function SelectedFeature({ item }: { item: MapLayerItem }) {
  const { t } = useTranslation('maps');
  const area = useAreaFormat();
  return (
    <section className="selected-feature" aria-live="polite" aria-label={t('selected.title')}>
      <h2 className="selected-feature__title">{item.label}</h2>
      <p className="muted">{t(`owner.${item.ownerEntity}`)}</p>
      <p>{area.both(item.areaKm2)}</p>
      <Link className="button" to={ownerPath(item)}>
        {t('selected.open', { kind: t(`owner.${item.ownerEntity}`) })}
      </Link>
    </section>
  );
}
