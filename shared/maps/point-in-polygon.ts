import type { Position } from './positions';

/** Ray casting on one ring in lon/lat (planar, which is what "inside the area" means on the map). */
function insideRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a position lies inside one of the polygons (inside its outer ring, outside its holes). */
export function pointInPolygons(point: Position, polygons: Position[][][]): boolean {
  return polygons.some(([outer, ...holes]) => outer !== undefined && insideRing(point, outer) && !holes.some((hole) => insideRing(point, hole)));
}
