import proj4 from 'proj4';

export type Reprojection = (x: number, y: number) => [number, number];

export interface KnownCrs {
  /** The name the definition gives itself (`WGS_1984_UTM_Zone_37S`), shown in the preview. */
  name: string | null;
  /** To EPSG:4326 longitude/latitude; null when the coordinates are already that. */
  toLonLat: Reprojection | null;
}

/**
 * Reads a CRS definition (OGC WKT of a `.prj` or a GeoPackage, or a PROJ string) with proj4. Null when
 * proj4 cannot read it: the caller reports an unknown CRS rather than guessing.
 */
export function knownCrs(definition: string): KnownCrs | null {
  let projection: proj4.Converter;
  let parsed: { projName?: string; datumCode?: string; name?: string };
  try {
    projection = proj4(definition, 'EPSG:4326');
    parsed = new proj4.Proj(definition);
  } catch {
    return null;
  }
  const name = parsed.name ?? /^\s*[A-Z]+\[\s*"([^"]+)"/i.exec(definition)?.[1] ?? null;
  const isLonLatWgs84 = parsed.projName === 'longlat' && parsed.datumCode?.toLowerCase() === 'wgs84';
  return { name, toLonLat: isLonLatWgs84 ? null : (x, y) => projection.forward<[number, number]>([x, y]) };
}

/** Applies a reprojection to every position of a GeoJSON geometry of any type. */
export function reprojectGeometry(geometry: unknown, toLonLat: Reprojection): unknown {
  const walk = (value: unknown): unknown => {
    if (!Array.isArray(value)) return value;
    if (typeof value[0] === 'number') return toLonLat(value[0], value[1] as number);
    return value.map(walk);
  };
  const g = geometry as { type?: string; coordinates?: unknown; geometries?: unknown[] } | null;
  if (!g) return g;
  if (g.type === 'GeometryCollection') return { ...g, geometries: (g.geometries ?? []).map((part) => reprojectGeometry(part, toLonLat)) };
  return { ...g, coordinates: walk(g.coordinates) };
}
