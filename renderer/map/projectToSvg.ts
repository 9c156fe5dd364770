import type { Position } from '../../shared/maps/positions';
import type { Bbox } from '../../shared/maps/schema';

/** The drawing's size in SVG units, and the margin kept free around the fitted box. */
export interface SvgFrame {
  width: number;
  height: number;
  padding: number;
}

/** Longitude and latitude to SVG x (east to the right) and y (north up, as SVG's y grows downwards). */
export type SvgProjection = (position: Position) => [x: number, y: number];

/** A single point still gets a frame around it: about a kilometre across. */
const MIN_SPAN_DEGREES = 0.01;

/**
 * An equirectangular projection that fits `bbox` into the frame, centred, keeping its shape: a degree of
 * longitude is shortened by cos(mid-latitude), so a country away from the equator is not stretched wide.
 * Good enough for one country's figure; areas are never measured on it.
 */
export function fitEquirectangular(bbox: Bbox, frame: SvgFrame): SvgProjection {
  const [west, south, east, north] = bbox;
  const midLat = (south + north) / 2;
  const lonFactor = Math.cos((midLat * Math.PI) / 180);
  const spanX = Math.max(east - west, MIN_SPAN_DEGREES) * lonFactor;
  const spanY = Math.max(north - south, MIN_SPAN_DEGREES);
  const scale = Math.min((frame.width - 2 * frame.padding) / spanX, (frame.height - 2 * frame.padding) / spanY);
  const midLon = (west + east) / 2;
  return ([lon, lat]) => [frame.width / 2 + (lon - midLon) * lonFactor * scale, frame.height / 2 - (lat - midLat) * scale];
}

/** A tenth of an SVG unit is finer than print resolution and keeps the paths short. */
const round = (value: number) => Math.round(value * 10) / 10;

/** One polygon (outer ring, then holes) as SVG path data; drawn with fill-rule evenodd, the holes stay empty. */
export function polygonPath(rings: readonly (readonly Position[])[], project: SvgProjection): string {
  return rings
    .filter((ring) => ring.length > 0)
    .map(
      (ring) =>
        ring
          .map((position, index) => {
            const [x, y] = project(position);
            return `${index === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`;
          })
          .join('') + 'Z',
    )
    .join('');
}
