import type { OpenWorkspace } from '../../workspace/open-workspace';

interface GeometryRow {
  ownerEntity: string;
  ownerId: string;
  geojson: string;
  simplifiedGeojson: string;
  areaKm2: number;
}

/** The file name of each owner kind in spatial/; the workspace's own geometry is its area of interest. */
const FILE_OF: Record<string, string> = {
  workspace: 'aoi',
  target: 'targets',
  implemented_action: 'implemented_actions',
  baseline_hot_bright_spot: 'hot_bright_spots',
  baseline_false_pos_neg: 'false_pos_neg',
  landtype: 'land_types',
  transition_region: 'transition_regions',
  land_use_plan: 'land_use_plans',
  plan_zone: 'plan_zones',
};

export interface SpatialLayer {
  name: string;
  full: string;
  simplified: string;
}

/**
 * One GeoJSON FeatureCollection (RFC 7946: EPSG:4326, [lon, lat]) per kind of owner that has geometry, in
 * full and simplified detail (the PRAIS viewer limits vertex counts, §1.9). `uid` joins a feature to the
 * row of its PRAIS table (target_uid, action_uid, site_uid). Features are in owner-id order, so the same
 * workspace writes the same bytes.
 */
export function spatialLayers(ws: OpenWorkspace): SpatialLayer[] {
  const rows = ws.db
    .prepare(
      `SELECT owner_entity AS ownerEntity, owner_id AS ownerId, geojson, simplified_geojson AS simplifiedGeojson, area_km2 AS areaKm2
         FROM feature_geometry WHERE deleted_at IS NULL ORDER BY owner_entity, owner_id`,
    )
    .all() as GeometryRow[];
  const byOwner = new Map<string, GeometryRow[]>();
  for (const row of rows) {
    const items = byOwner.get(row.ownerEntity);
    // Appending in place: copying the list per row made 20,000 plan zones take seconds (bench/reporting-package.ts).
    if (items) items.push(row);
    else byOwner.set(row.ownerEntity, [row]);
  }
  return [...byOwner].map(([owner, items]) => ({
    name: FILE_OF[owner] ?? owner,
    full: collection(items, (r) => r.geojson),
    simplified: collection(items, (r) => r.simplifiedGeojson),
  }));
}

/** The area of interest alone, as Trends.Earth ships `<job>_aoi.geojson` beside its summary (§2.7). */
export function areaOfInterest(ws: OpenWorkspace): { geometry: unknown; collection: string } | null {
  const row = ws.db
    .prepare(`SELECT owner_entity AS ownerEntity, owner_id AS ownerId, geojson, simplified_geojson AS simplifiedGeojson, area_km2 AS areaKm2
                FROM feature_geometry WHERE deleted_at IS NULL AND owner_entity = 'workspace' LIMIT 1`)
    .get() as GeometryRow | undefined;
  return row ? { geometry: JSON.parse(row.geojson) as unknown, collection: collection([row], (r) => r.geojson) } : null;
}

/**
 * The stored geometry text is spliced in as it is: it was written by `JSON.stringify` (maps' geometry
 * store), so parsing and writing it again would give the same bytes, at a second per 20,000 polygons.
 * Export validation has already refused a full text that is not a geometry; the simplified text is
 * derived from it by the same store.
 */
function collection(rows: GeometryRow[], geometryOf: (row: GeometryRow) => string): string {
  const features = rows.map((r) => {
    // The area of interest belongs to the workspace record, whose id means nothing outside this file.
    const properties = { uid: r.ownerEntity === 'workspace' ? null : r.ownerId, owner: r.ownerEntity, area_km2: r.areaKm2 };
    return `{"type":"Feature","properties":${JSON.stringify(properties)},"geometry":${geometryOf(r)}}`;
  });
  return `{"type":"FeatureCollection","features":[${features.join(',')}]}`;
}
