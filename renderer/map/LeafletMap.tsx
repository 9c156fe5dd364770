import type { Feature } from 'geojson';
import { FileSource, PMTiles, leafletRasterLayer } from 'pmtiles';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bbox, Geometry } from '../../shared/maps/schema';
import { useCommandQuery } from '../app/backend/commandQueries';
import { countryBbox, loadCountries } from './basemap';
import { L } from './leaflet';
import './map.css';
import { toFeatureCollection, type MapOverlay } from './mapOverlay';
import { useOfflineBasemap } from './offlineBasemapStore';
import { metricScale } from './scaleControl';
import { OWNER_COLOURS } from './ownerStyles';

export interface LeafletMapProps {
  /** The accessible name of the map (what it shows). */
  label: string;
  areaOfInterest: Geometry | null;
  overlays: readonly MapOverlay[];
  selectedKey?: string | null;
  /** Shows this box whenever it changes (the area of interest, a chosen feature...). */
  fitTo?: Bbox | null;
  onSelect?: (key: string) => void;
  onZoomChange?: (zoom: number) => void;
  /** Gives the editor the map, to attach geoman's drawing to it. */
  onReady?: (map: L.Map | null) => void;
  className?: string;
}

/**
 * True once the element has come into view. A page with several records (a target and its actions) then
 * builds only the maps someone scrolls to, and a map in a closed section costs nothing. Without
 * IntersectionObserver (test DOMs, which cannot draw a canvas either) no map is built.
 */
function useFirstSeen(ref: RefObject<HTMLElement | null>): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || seen || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, seen]);
  return seen;
}

const boundsOf = ([minLon = 0, minLat = 0, maxLon = 0, maxLat = 0]: readonly number[]): L.LatLngBoundsExpression => [
  [minLat, minLon],
  [maxLat, maxLon],
];

const WORLD: L.LatLngBoundsExpression = [
  [-60, -170],
  [75, 180],
];

/**
 * Plain Leaflet in a React shell: React owns the element, Leaflet everything inside it. No tile URL is
 * ever set: the basemap is the bundled admin-0 boundaries, or a raster archive the user chose on disk.
 * Vector layers share one canvas (`preferCanvas`), which keeps thousands of polygons smooth.
 */
export function LeafletMap({ label, areaOfInterest, overlays, selectedKey, fitTo, onSelect, onZoomChange, onReady, className }: LeafletMapProps) {
  const { t, i18n } = useTranslation('maps');
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<L.Map | null>(null);
  const callbacks = useRef({ onSelect, onZoomChange });
  // The latest handlers, for Leaflet's listeners that are attached once.
  useEffect(() => {
    callbacks.current = { onSelect, onZoomChange };
  });
  const offlineFile = useOfflineBasemap((state) => state.file);
  const rtl = i18n.dir() === 'rtl';

  const seen = useFirstSeen(containerRef);
  const homeIso3 = useCommandQuery('workspace.get', {}).data?.countryIso3 ?? null;

  useEffect(() => {
    const container = containerRef.current;
    if (!container || !seen) return;
    const created = L.map(container, { preferCanvas: true, zoomControl: false, attributionControl: false, worldCopyJump: true });
    created.fitBounds(WORLD);
    created.on('zoomend', () => callbacks.current.onZoomChange?.(created.getZoom()));
    // The container's size follows the page layout; Leaflet must be told when it changes.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => created.invalidateSize());
    observer?.observe(container);
    setMap(created);
    onReady?.(created);
    return () => {
      observer?.disconnect();
      onReady?.(null);
      created.remove();
      setMap(null);
    };
    // onReady is read once: the map is created once per element.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [seen]);

  // The map itself never mirrors (west stays left), but its controls sit at the reading start in Arabic.
  useEffect(() => {
    if (!map) return;
    const start = rtl ? 'topright' : 'topleft';
    const zoom = L.control.zoom({ position: start, zoomInTitle: t('controls.zoomIn'), zoomOutTitle: t('controls.zoomOut') });
    const scale = metricScale(rtl ? 'bottomright' : 'bottomleft', i18n.language);
    zoom.addTo(map);
    scale.addTo(map);
    map.getContainer().setAttribute('aria-label', label);
    return () => {
      zoom.remove();
      scale.remove();
    };
  }, [map, rtl, t, label, i18n.language]);

  useEffect(() => {
    if (!map) return;
    let layer: L.GeoJSON | null = null;
    let cancelled = false;
    void loadCountries().then((countries) => {
      if (cancelled) return;
      layer = L.geoJSON(countries, {
        interactive: false,
        // Outlines only over a raster basemap, so the imagery stays visible.
        style: { color: '#8a8a8a', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: offlineFile ? 0 : 1 },
      }).addTo(map);
      layer.bringToBack();
    });
    return () => {
      cancelled = true;
      layer?.remove();
    };
  }, [map, offlineFile]);

  useEffect(() => {
    if (!map || !offlineFile) return;
    const raster = leafletRasterLayer(new PMTiles(new FileSource(offlineFile)), { maxNativeZoom: 14 }) as L.GridLayer;
    raster.addTo(map);
    return () => {
      raster.remove();
    };
  }, [map, offlineFile]);

  useEffect(() => {
    if (!map || !areaOfInterest) return;
    const outline = L.geoJSON(areaOfInterest, {
      interactive: false,
      style: { color: OWNER_COLOURS.workspace, weight: 2, dashArray: '6 4', fill: false },
    }).addTo(map);
    return () => {
      outline.remove();
    };
  }, [map, areaOfInterest]);

  useEffect(() => {
    if (!map) return;
    const keyOf = (feature?: Feature) => String(feature?.properties?.key ?? '');
    const colourOf = (feature?: Feature) => OWNER_COLOURS[feature?.properties?.ownerEntity as keyof typeof OWNER_COLOURS] ?? '#333333';
    const layer = L.geoJSON(toFeatureCollection(overlays), {
      style: (feature) => {
        const selected = keyOf(feature) === selectedKey;
        return { color: colourOf(feature), weight: selected ? 4 : 1.5, fillColor: colourOf(feature), fillOpacity: selected ? 0.45 : 0.25 };
      },
      pointToLayer: (feature, latlng) =>
        L.circleMarker(latlng, { radius: keyOf(feature) === selectedKey ? 9 : 6, color: colourOf(feature), fillOpacity: 0.7 }),
      onEachFeature: (feature, featureLayer) => featureLayer.on('click', () => callbacks.current.onSelect?.(keyOf(feature))),
    }).addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, overlays, selectedKey]);

  // Compared by value: callers may pass a new array with the same box on every render.
  const fitKey = fitTo ? fitTo.join(',') : null;
  useEffect(() => {
    if (!map || !fitKey) return;
    map.fitBounds(boundsOf(fitKey.split(',').map(Number)), { maxZoom: 13, padding: [16, 16] });
  }, [map, fitKey]);

  // With nothing to show yet, the map opens on the workspace's country, where people will draw.
  useEffect(() => {
    if (!map || fitKey || !homeIso3) return;
    let cancelled = false;
    void countryBbox(homeIso3).then((bbox) => {
      if (!cancelled && bbox) map.fitBounds(boundsOf(bbox), { padding: [16, 16] });
    });
    return () => {
      cancelled = true;
    };
  }, [map, fitKey, homeIso3]);

  return (
    <div className={`leaflet-map ${className ?? ''}`} role="region" aria-label={label}>
      {/* Geography is not text: west stays on the left in every language. */}
      <div ref={containerRef} className="leaflet-map__canvas" dir="ltr" />
    </div>
  );
}
