import type { Position } from './positions';

interface Segment {
  ring: number;
  index: number;
  /** Segments in its ring, to tell the closing segment's neighbour. */
  ringSegments: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/**
 * Whether the rings of one polygon cross or touch each other or themselves, by the rule of @turf/kinks
 * (every pair of segments that are not neighbours in a ring; parallel segments never count). @turf/kinks
 * tries every pair, which takes seconds on a boundary of tens of thousands of vertices; this sweeps the
 * segments in order of their west edge and tests only pairs whose bounding boxes overlap.
 * `self-intersection.test.ts` checks that both agree.
 */
export function ringsIntersect(rings: Position[][]): boolean {
  const segments = rings.flatMap((ring, r) => segmentsOf(ring, r)).sort((a, b) => a.minX - b.minX);
  // The segments still reaching the sweep line, compacted in place: a new list per segment was most of
  // the garbage of checking 20,000 polygons (bench/spatial-import.ts).
  const active: Segment[] = [];
  for (const segment of segments) {
    let kept = 0;
    for (const other of active) {
      if (other.maxX < segment.minX) continue;
      active[kept++] = other;
      if (other.maxY < segment.minY || other.minY > segment.maxY || areNeighbours(segment, other)) continue;
      if (cross(segment, other)) return true;
    }
    active.length = kept;
    active.push(segment);
  }
  return false;
}

function segmentsOf(ring: Position[], r: number): Segment[] {
  const count = ring.length - 1;
  return Array.from({ length: Math.max(count, 0) }, (_, i) => {
    const [x1, y1] = ring[i] as Position;
    const [x2, y2] = ring[i + 1] as Position;
    return { ring: r, index: i, ringSegments: count, x1, y1, x2, y2, minX: Math.min(x1, x2), maxX: Math.max(x1, x2), minY: Math.min(y1, y2), maxY: Math.max(y1, y2) };
  });
}

/** Consecutive segments share a corner by construction, as do the last and the first of a closed ring. */
function areNeighbours(a: Segment, b: Segment): boolean {
  if (a.ring !== b.ring) return false;
  const gap = Math.abs(a.index - b.index);
  return gap === 1 || gap === a.ringSegments - 1;
}

/** The intersection test of @turf/kinks: both parameters within [0, 1]; parallel segments do not cross. */
function cross(s: Segment, t: Segment): boolean {
  const denominator = (t.y2 - t.y1) * (s.x2 - s.x1) - (t.x2 - t.x1) * (s.y2 - s.y1);
  if (denominator === 0) return false;
  const dy = s.y1 - t.y1;
  const dx = s.x1 - t.x1;
  const a = ((t.x2 - t.x1) * dy - (t.y2 - t.y1) * dx) / denominator;
  const b = ((s.x2 - s.x1) * dy - (s.y2 - s.y1) * dx) / denominator;
  return a >= 0 && a <= 1 && b >= 0 && b <= 1;
}
