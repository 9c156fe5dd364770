import { geodesicAreaKm2 } from '../../../shared/maps/area';
import { geometryBbox } from '../../../shared/maps/bbox';
import { geometry as geometrySchema, type FeatureGeometry, type Geometry, type GeometryOwner, type GeometrySource } from '../../../shared/maps/schema';
import { simplifiedForDisplay } from '../../../shared/maps/simplify';
import { checkGeometry } from '../../../shared/maps/validity';
import { selectColumns, type EntityRecord } from '../db/entities';
import { fieldError } from '../errors';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { workspaceRecord } from '../workspace/repository';
import { requireOutlineRoom } from '../plans/zone-room';
import { assertOwnerLive } from './owners';

export type GeometryRow = EntityRecord<'feature_geometry'>;

/** The row of one owner's geometry, live or tombstoned (the table holds at most one per owner). */
export function geometryRowOf(ws: OpenWorkspace, ownerEntity: GeometryOwner, ownerId: string): GeometryRow | undefined {
  return ws.db
    .prepare(`SELECT ${selectColumns('feature_geometry')} FROM feature_geometry WHERE owner_entity = ? AND owner_id = ?`)
    .get(ownerEntity, ownerId) as GeometryRow | undefined;
}

/** The workspace's area of interest, when one is drawn or imported. */
export function areaOfInterest(ws: OpenWorkspace): Geometry | null {
  const row = geometryRowOf(ws, 'workspace', workspaceRecord(ws).id);
  return row && row.deletedAt === null ? (JSON.parse(row.geojson) as Geometry) : null;
}

/**
 * What an owner's own records ask of the size of its shape, checked once the shape itself is valid and
 * before anything is written; each refuses at `['geometry']`. A plan zone's outline must hold the
 * conversions already planned in it.
 */
const OWNER_AREA_RULES: Partial<Record<GeometryOwner, (ws: OpenWorkspace, ownerId: string, areaKm2: number) => void>> = {
  plan_zone: requireOutlineRoom,
};

/** Refuses a shape of `areaKm2` that its owner's records do not fit in; run on every write and every Undo of a removal. */
export function checkOwnerArea(ws: OpenWorkspace, ownerEntity: GeometryOwner, ownerId: string, areaKm2: number): void {
  OWNER_AREA_RULES[ownerEntity]?.(ws, ownerId, areaKm2);
}

/**
 * Stores a record's geometry through the mutate path (so the change log has it), replacing the one it
 * had and reviving a removed one rather than adding a second row. The geometry is checked first (the
 * workspace's own area is not checked against itself), then its owner's area rule; a refusal names the
 * problem at `['geometry']`.
 * Area, bounding box and the simplified copy are computed here, once, and cached in the row.
 */
export function saveGeometry(
  ws: OpenWorkspace,
  ownerEntity: GeometryOwner,
  ownerId: string,
  input: Geometry,
  source: GeometrySource,
  sourceFile: string | null,
): FeatureGeometry {
  assertOwnerLive(ws, ownerEntity, ownerId);
  const { geometry, problems } = checkGeometry(input, ownerEntity === 'workspace' ? null : areaOfInterest(ws));
  const [first] = problems;
  if (first) throw fieldError('validation', { path: ['geometry'], messageKey: first.messageKey, ...(first.params ? { params: first.params } : {}) });
  const derived = derivedFromGeometry(geometry);
  checkOwnerArea(ws, ownerEntity, ownerId, derived.areaKm2);
  const values = { ownerEntity, ownerId, geojson: JSON.stringify(geometry), ...derived, source, sourceFile };
  const existing = geometryRowOf(ws, ownerEntity, ownerId);
  if (!existing) return toFeatureGeometry(ws.mutator.insert('feature_geometry', values));
  if (existing.deletedAt !== null) ws.mutator.restore('feature_geometry', existing.id);
  return toFeatureGeometry(ws.mutator.update('feature_geometry', existing.id, values));
}

/**
 * A stored or carried GeoJSON text as a geometry, or null when it is not one the workbench stores (not
 * JSON, wrong shape): the text may come from a file changed outside the app or from a package.
 */
export function parseStoredGeometry(geojson: string): Geometry | null {
  try {
    const parsed = geometrySchema.safeParse(JSON.parse(geojson));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The columns computed from a shape and cached in its row: the simplified copy, the bounding box and the geodesic area. */
export type DerivedGeometryFields = Pick<GeometryRow, 'simplifiedGeojson' | 'minLon' | 'minLat' | 'maxLon' | 'maxLat' | 'areaKm2'>;

export function derivedFromGeometry(geometry: Geometry): DerivedGeometryFields {
  const [minLon, minLat, maxLon, maxLat] = geometryBbox(geometry);
  return { simplifiedGeojson: JSON.stringify(simplifiedForDisplay(geometry)), minLon, minLat, maxLon, maxLat, areaKm2: geodesicAreaKm2(geometry) };
}

export function toFeatureGeometry(row: GeometryRow, detail: 'simplified' | 'full' = 'full'): FeatureGeometry {
  return {
    id: row.id,
    ownerEntity: row.ownerEntity as GeometryOwner,
    ownerId: row.ownerId,
    geometry: JSON.parse(detail === 'full' ? row.geojson : row.simplifiedGeojson) as Geometry,
    areaKm2: row.areaKm2,
    bbox: [row.minLon, row.minLat, row.maxLon, row.maxLat],
    source: row.source,
    sourceFile: row.sourceFile,
    updatedAt: row.updatedAt,
  };
}
