import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapLayerItem } from '../../../shared/maps/schema';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { LeafletMap } from '../../map/LeafletMap';
import { MapLegend } from '../../map/MapLegend';
import { overlayKey, unionBbox, type MapOverlay } from '../../map/mapOverlay';
import { OfflineBasemapPicker } from '../../map/OfflineBasemapPicker';
import { detailForZoom, OVERLAY_OWNERS, type OverlayOwner } from '../../map/ownerStyles';
import { AreaSums } from './AreaSums';
import { FeatureList } from './FeatureList';
import { LayersPanel } from './LayersPanel';
import { useMapLayers } from './mapsQueries';
import { SelectedFeature } from './SelectedFeature';

/** Every geometry of the workspace on one map, with the layers to show and the same shapes as a table. */
export function MapsPage() {
  const { t } = useTranslation('maps');
  const [detail, setDetail] = useState<'simplified' | 'full'>('simplified');
  const layers = useMapLayers(detail);
  const answer = layers.data;

  const [visible, setVisible] = useState<ReadonlySet<OverlayOwner>>(() => new Set(OVERLAY_OWNERS));
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [fitTo, setFitTo] = useState<MapLayerItem['bbox'] | null>(null);

  const items = useMemo(() => answer?.items ?? [], [answer]);
  const shownItems = useMemo(() => items.filter((item) => visible.has(item.ownerEntity as OverlayOwner)), [items, visible]);
  const overlays = useMemo<MapOverlay[]>(
    () => shownItems.map((item) => ({ key: overlayKey(item.ownerEntity, item.ownerId), ownerEntity: item.ownerEntity, geometry: item.geometry })),
    [shownItems],
  );
  const counts = useMemo(() => {
    const byKind: Partial<Record<OverlayOwner, number>> = {};
    for (const item of items) byKind[item.ownerEntity as OverlayOwner] = (byKind[item.ownerEntity as OverlayOwner] ?? 0) + 1;
    return byKind;
  }, [items]);
  const selected = items.find((item) => overlayKey(item.ownerEntity, item.ownerId) === selectedKey) ?? null;
  const initialView = answer?.areaOfInterest?.bbox ?? unionBbox(items.map((item) => item.bbox));

  const toggle = (owner: OverlayOwner, shown: boolean) =>
    setVisible((current) => {
      const next = new Set(current);
      if (shown) next.add(owner);
      else next.delete(owner);
      return next;
    });
  const select = (item: MapLayerItem) => {
    setSelectedKey(overlayKey(item.ownerEntity, item.ownerId));
    setFitTo(item.bbox);
  };

  return (
    <>
      <PageHeader title={t('page.title')} intro={t('page.intro')} />
      {layers.isError && <ErrorAlert error={layers.error} />}
      {!answer && layers.isPending && <LoadingState />}
      {answer && (
        <div className="maps-page">
          <LeafletMap
            className="maps-page__map"
            label={t('page.mapLabel')}
            areaOfInterest={answer.areaOfInterest?.geometry ?? null}
            overlays={overlays}
            selectedKey={selectedKey}
            fitTo={fitTo ?? initialView}
            onSelect={setSelectedKey}
            onZoomChange={(zoom) => setDetail(detailForZoom(zoom))}
          />
          <div className="maps-page__side">
            {selected && <SelectedFeature item={selected} />}
            <LayersPanel visible={visible} counts={counts} onToggle={toggle} />
            <MapLegend owners={OVERLAY_OWNERS.filter((owner) => visible.has(owner))} showAreaOfInterest={answer.areaOfInterest !== null} />
            <OfflineBasemapPicker />
          </div>
        </div>
      )}
      {answer &&
        (items.length === 0 ? (
          <EmptyState title={t('page.empty.title')}>
            <p>{t('page.empty.body')}</p>
          </EmptyState>
        ) : (
          <FeatureList items={shownItems} selectedKey={selectedKey} onSelect={select} />
        ))}
      {items.length > 0 && <AreaSums />}
    </>
  );
}
