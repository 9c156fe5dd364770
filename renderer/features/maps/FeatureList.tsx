import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MapLayerItem } from '../../../shared/maps/schema';
import { useFormat } from '../../app/i18n/useFormat';
import { TableScroll } from '../../components/TableScroll';
import { overlayKey } from '../../map/mapOverlay';
import { ownerPath } from './ownerPaths';
import { useAreaFormat } from './useAreaFormat';

interface FeatureListProps {
  items: readonly MapLayerItem[];
  selectedKey: string | null;
  onSelect: (item: MapLayerItem) => void;
}

/** Enough to browse; a national workspace's 20,000 polygons as table rows would make the page crawl. */
const LISTED_AT_MOST = 500;

/** The shapes on the map as a table: the keyboard and screen-reader way to the same information. */
export function FeatureList({ items, selectedKey, onSelect }: FeatureListProps) {
  const { t } = useTranslation('maps');
  const area = useAreaFormat();
  const format = useFormat();
  const listed = items.slice(0, LISTED_AT_MOST);
  return (
    <>
      {listed.length < items.length && (
        <p className="muted">{t('list.truncated', { shown: format.number(listed.length), total: format.number(items.length) })}</p>
      )}
      <TableScroll label={t('list.caption')}>
        <table className="data-table">
          <caption className="visually-hidden">{t('list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.kind')}</th>
              <th scope="col">{t('list.name')}</th>
              <th scope="col" className="numeric">
                {t('list.areaKm2')}
              </th>
              <th scope="col" className="numeric">
                {t('list.areaHa')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('list.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {listed.map((item) => {
              const key = overlayKey(item.ownerEntity, item.ownerId);
              return (
                <tr key={key} className={key === selectedKey ? 'is-selected' : undefined}>
                  <td>{t(`owner.${item.ownerEntity}`)}</td>
                  <th scope="row">{item.label}</th>
                  <td className="numeric">{area.km2(item.areaKm2)}</td>
                  <td className="numeric">{area.ha(item.areaKm2)}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('list.showNamed', { name: item.label })}
                      aria-pressed={key === selectedKey}
                      onClick={() => onSelect(item)}
                    >
                      {t('list.show')}
                    </button>
                    <Link
                      className="button button--small"
                      aria-label={t('list.openNamed', { name: item.label })}
                      to={ownerPath(item)}
                    >
                      {t('list.open')}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
