import { useEffect, useRef, useState } from 'react';
import type { Bbox, Geometry } from '../../shared/maps/schema';
import { L } from './geoman';
import { LeafletMap } from './LeafletMap';
import type { MapOverlay } from './mapOverlay';

/** The record's own shape is drawn here, editable, rather than as a plain overlay. */
const NO_OVERLAYS: readonly MapOverlay[] = [];

/** What the map is doing: showing the geometry, drawing a new one, or moving the vertices of the current one. */
export type DrawingMode = 'view' | 'polygon' | 'marker' | 'edit';

export interface DrawingMapProps {
  label: string;
  geometry: Geometry | null;
  areaOfInterest: Geometry | null;
  /** What to show while there is no shape yet (the area of interest), so drawing starts in the right place. */
  frame: Bbox | null;
  /** The colour of the record's kind, as on the workspace map and its legend. */
  colour: string;
  mode: DrawingMode;
  /** A shape was finished (the first vertex clicked again, or a point placed). */
  onDrawn: (geometry: Geometry) => void;
  /** The shape after each moved vertex, while editing. */
  onEdited: (geometry: Geometry) => void;
}

/** The GeoJSON geometry of a Leaflet layer (a polygon, a multi-polygon or a marker). */
function geometryOf(layer: L.Layer): Geometry {
  return (layer as L.Polygon | L.Marker).toGeoJSON().geometry as Geometry;
}

/**
 * One record's geometry on a small map, with geoman's drawing and vertex editing. Geoman's own toolbar is
 * left out: the editor's buttons (translated, keyboard-reachable) switch the mode instead.
 */
export function DrawingMap({ label, geometry, areaOfInterest, frame, colour, mode, onDrawn, onEdited }: DrawingMapProps) {
  const [map, setMap] = useState<L.Map | null>(null);
  const shape = useRef<L.GeoJSON | null>(null);
  const callbacks = useRef({ onDrawn, onEdited });
  // The latest handlers, for Leaflet's listeners that are attached once.
  useEffect(() => {
    callbacks.current = { onDrawn, onEdited };
  });

  useEffect(() => {
    if (!map || !geometry) return;
    const layer = L.geoJSON(geometry, {
      style: { color: colour, weight: 2, fillOpacity: 0.25 },
      pointToLayer: (_feature, latlng) => L.marker(latlng),
    }).addTo(map);
    shape.current = layer;
    map.fitBounds(layer.getBounds(), { maxZoom: 13, padding: [16, 16] });
    return () => {
      shape.current = null;
      layer.remove();
    };
  }, [map, geometry, colour]);

  useEffect(() => {
    if (!map) return;
    const created = ({ layer }: { layer: L.Layer }) => {
      // The saved geometry comes back from the backend and is drawn from it; the sketch goes.
      layer.remove();
      callbacks.current.onDrawn(geometryOf(layer));
    };
    map.on('pm:create', created);
    if (mode === 'polygon') map.pm.enableDraw('Polygon', { tooltips: false, allowSelfIntersection: true });
    if (mode === 'marker') map.pm.enableDraw('Marker', { tooltips: false });
    const edited: L.Layer[] = [];
    if (mode === 'edit') {
      shape.current?.eachLayer((layer) => {
        const editable = layer as L.Polygon;
        if (!editable.pm) return;
        editable.pm.enable({ allowSelfIntersection: true });
        editable.on('pm:edit', () => callbacks.current.onEdited(geometryOf(editable)));
        edited.push(editable);
      });
    }
    return () => {
      map.off('pm:create', created);
      map.pm.disableDraw();
      for (const layer of edited) {
        layer.off('pm:edit');
        (layer as L.Polygon).pm.disable();
      }
    };
  }, [map, mode]);

  return (
    <LeafletMap
      className="drawing-map"
      label={label}
      areaOfInterest={areaOfInterest}
      overlays={NO_OVERLAYS}
      fitTo={geometry ? null : frame}
      onReady={setMap}
    />
  );
}
