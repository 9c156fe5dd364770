import { problem } from '../../../../shared/maps/problems';
import { geometry as geometrySchema, type FeatureProblem, type Geometry } from '../../../../shared/maps/schema';

export interface ConvertedGeometry {
  geometry: Geometry | null;
  /** The GeoJSON type the file gave, shown in the preview (null when the feature has none). */
  geometryType: string | null;
  problems: FeatureProblem[];
}

/**
 * A reader's GeoJSON geometry as one the workbench stores. A GeometryCollection of polygons (KML's
 * MultiGeometry) becomes a MultiPolygon, one of points a MultiPoint; lines cannot be stored.
 */
export function toGeometry(raw: unknown): ConvertedGeometry {
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type !== 'string') return { geometry: null, geometryType: null, problems: [problem('empty')] };
  const candidate = type === 'GeometryCollection' ? fromCollection(raw as { geometries?: unknown }) : raw;
  const parsed = geometrySchema.safeParse(candidate);
  if (!parsed.success) return { geometry: null, geometryType: type, problems: [problem('unsupported_type', { type })] };
  return { geometry: parsed.data, geometryType: type, problems: [] };
}

function fromCollection({ geometries }: { geometries?: unknown }): unknown {
  const parts = (Array.isArray(geometries) ? geometries : []).map((part) => geometrySchema.safeParse(part));
  if (parts.length === 0 || parts.some((part) => !part.success)) return null;
  const shapes = parts.map((part) => part.data as Geometry);
  if (shapes.every((shape) => shape.type === 'Polygon' || shape.type === 'MultiPolygon')) {
    return { type: 'MultiPolygon', coordinates: shapes.flatMap((shape) => (shape.type === 'Polygon' ? [shape.coordinates] : shape.type === 'MultiPolygon' ? shape.coordinates : [])) };
  }
  if (shapes.every((shape) => shape.type === 'Point' || shape.type === 'MultiPoint')) {
    return { type: 'MultiPoint', coordinates: shapes.flatMap((shape) => (shape.type === 'Point' ? [shape.coordinates] : shape.type === 'MultiPoint' ? shape.coordinates : [])) };
  }
  return null;
}
