/**
 * Small irregular polygons over Kenya for the benchmarks: polygon `index` sits in a 200-column grid
 * (0.035° by 0.085° cells from 34°E, 4°S), so 20,000 of them cover the country without overlapping.
 */
export interface Polygon {
  type: 'Polygon';
  coordinates: number[][][];
}

const COLUMNS = 200;

export function kenyaPolygon(index: number, vertices: number): Polygon {
  const [lon, lat] = [34 + (index % COLUMNS) * 0.035, -4 + Math.floor(index / COLUMNS) * 0.085];
  const ring = Array.from({ length: vertices }, (_, v) => {
    const angle = (2 * Math.PI * v) / vertices;
    // A wavy edge, so that simplification has work to do, but never wavy enough to cross itself.
    const radius = 0.012 * (1 + 0.15 * Math.sin(5 * angle + index));
    return [Number((lon + radius * Math.cos(angle)).toFixed(6)), Number((lat + radius * Math.sin(angle)).toFixed(6))];
  });
  ring.push(ring[0] as number[]);
  return { type: 'Polygon', coordinates: [ring] };
}
