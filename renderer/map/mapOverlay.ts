import type { Feature, FeatureCollection } from 'geojson';
import type { Bbox, Geometry, GeometryOwner } from '../../shared/maps/schema';

/** One shape to draw over the basemap; `key` identifies it in selections and clicks. */
export interface MapOverlay {
  key: string;
  ownerEntity: GeometryOwner;
  geometry: Geometry;
}

export function overlayKey(ownerEntity: GeometryOwner, ownerId: string): string {
  return `${ownerEntity}:${ownerId}`;
}

/** All overlays as one collection: one Leaflet layer for 20,000 shapes instead of 20,000 layers. */
export function toFeatureCollection(overlays: readonly MapOverlay[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: overlays.map(
      (overlay): Feature => ({
        type: 'Feature',
        properties: { key: overlay.key, ownerEntity: overlay.ownerEntity },
        geometry: overlay.geometry,
      }),
    ),
  };
}

/** The smallest box holding every given box, or null when there is none. */
export function unionBbox(boxes: readonly Bbox[]): Bbox | null {
  if (boxes.length === 0) return null;
  return boxes.reduce<Bbox>(
    (all, box) => [Math.min(all[0], box[0]), Math.min(all[1], box[1]), Math.max(all[2], box[2]), Math.max(all[3], box[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}
