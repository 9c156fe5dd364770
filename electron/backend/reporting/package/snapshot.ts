import { derivedFromGeometry, parseStoredGeometry, type DerivedGeometryFields } from '../../maps/geometry-store';
import { ENTITIES, columnOf, type EntityName, type EntityValues, type FieldValue } from '../../db/entities';
import { AppError } from '../../errors';
import { workspaceRecord } from '../../workspace/repository';
import type { OpenWorkspace } from '../../workspace/open-workspace';

/**
 * The app's own copy of the workspace data in the package (`app/workspace.json`), from which
 * `reporting.importPackage` restores a workspace: every live row of every entity, with its id and its
 * fields, in entity then id order. Left out: the workspace's name, its members and periods (the receiving
 * workspace has its own), and the stakeholder register and consultations, which hold personal data that
 * does not leave the workspace (ARCHITECTURE §4; the counts are in metadata/consultations.json).
 * Row timestamps are left out too: restored rows are new writes in the receiving workspace's history.
 */
export const SNAPSHOT_FORMAT = 'ldn-workbench-workspace';
/** Version 2 leaves out the derived geometry columns; a version 1 snapshot still restores (they are computed again). */
export const SNAPSHOT_VERSION = 2;
const READABLE_VERSIONS = [1, 2];

const NOT_CARRIED: readonly EntityName[] = [
  'workspace',
  'period',
  'member',
  'person',
  'membership',
  'consultation',
  'attendance',
  'contribution',
  'decision',
  'follow_up_action',
];

/** The workspace fields a restore copies; the name stays the receiving workspace's own. */
const PROFILE_FIELDS = ['countryIso3', 'level', 'areaName', 'landAreaKm2', 'reportingCycle'] as const;

/**
 * Columns computed from other columns, which a restore computes again rather than carries: a shape's
 * simplified copy, bounding box and area come from its GeoJSON (maps' geometry store). Carrying them made
 * the snapshot the package's largest file, holding every shape twice.
 */
const DERIVED: Partial<Record<EntityName, readonly string[]>> = {
  feature_geometry: ['simplifiedGeojson', 'minLon', 'minLat', 'maxLon', 'maxLat', 'areaKm2'] satisfies (keyof DerivedGeometryFields)[],
};

const carriedFields = (entity: EntityName) => (ENTITIES[entity].fields as readonly string[]).filter((f) => !DERIVED[entity]?.includes(f));

export const carriedEntities = (): EntityName[] => (Object.keys(ENTITIES) as EntityName[]).filter((e) => !NOT_CARRIED.includes(e)).sort();

type Row = Record<string, FieldValue>;

/**
 * The area of interest is the geometry owned by the workspace record, whose id differs in every file: the
 * snapshot names it with this token, and a restore gives it the receiving workspace's id.
 */
const WORKSPACE_TOKEN = 'workspace';
function portable(row: Row, from: string, to: string): Row {
  return row.ownerEntity === 'workspace' && row.ownerId === from ? { ...row, ownerId: to } : row;
}

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  workspace: Pick<EntityValues<'workspace'>, (typeof PROFILE_FIELDS)[number]>;
  entities: Record<string, Row[]>;
}

export function takeSnapshot(ws: OpenWorkspace): Snapshot {
  const record = workspaceRecord(ws);
  const entities: Record<string, Row[]> = {};
  for (const entity of carriedEntities()) {
    // Only the carried columns are read: the derived ones are most of the bytes of a large workspace.
    const columns = ['id', ...carriedFields(entity)].map((field) => `${columnOf(field)} AS "${field}"`).join(', ');
    const rows = ws.db.prepare(`SELECT ${columns} FROM ${ENTITIES[entity].table} WHERE deleted_at IS NULL ORDER BY id`).all() as Row[];
    if (rows.length > 0) entities[entity] = rows.map((row) => portable(row, record.id, WORKSPACE_TOKEN));
  }
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    workspace: Object.fromEntries(PROFILE_FIELDS.map((f) => [f, record[f]])) as Snapshot['workspace'],
    entities,
  };
}

/** True when the workspace holds no live row of any carried entity (and no consultation): only then may a package be restored into it. */
export function isEmptyWorkspace(ws: OpenWorkspace): boolean {
  const entities = (Object.keys(ENTITIES) as EntityName[]).filter((e) => !['workspace', 'period', 'member'].includes(e));
  return entities.every((e) => ws.db.prepare(`SELECT 1 FROM ${ENTITIES[e].table} WHERE deleted_at IS NULL LIMIT 1`).get() === undefined);
}

const corrupt = (detail: string) => new AppError('validation', 'errors:reporting.package.snapshotInvalid', { detail });

/**
 * Writes the snapshot's rows through the mutate path (so the receiving workspace's history says they were
 * restored, and sync will carry them), with their ids kept so that links between rows hold. Checks the
 * shape first: the snapshot comes from a file, so every entity and field name must be one the app knows,
 * and the foreign keys are checked once every row is in.
 */
export function restoreSnapshot(ws: OpenWorkspace, json: unknown): number {
  const snapshot = checkShape(json);
  const workspaceId = workspaceRecord(ws).id;
  ws.mutator.update('workspace', workspaceId, snapshot.workspace);
  // Rows reference each other in every direction (targets ↔ land types ↔ measures); the check waits for the commit.
  ws.db.pragma('defer_foreign_keys = ON');
  let count = 0;
  for (const [entity, rows] of Object.entries(snapshot.entities)) {
    for (const { id, ...values } of rows.map((row) => portable(row, WORKSPACE_TOKEN, workspaceId))) {
      try {
        ws.mutator.insert(entity as EntityName, withDerived(entity, values) as never, String(id));
      } catch (error) {
        throw corrupt(`${entity} ${String(id)}: ${(error as Error).message}`);
      }
      count += 1;
    }
  }
  const broken = ws.db.pragma('foreign_key_check') as { table: string }[];
  if (broken.length > 0) throw corrupt(`foreign keys: ${broken[0]!.table}`);
  return count;
}

function checkShape(json: unknown): Snapshot {
  const s = json as Partial<Snapshot> | null;
  if (typeof s !== 'object' || s === null || s.format !== SNAPSHOT_FORMAT || !READABLE_VERSIONS.includes(s.version!)) throw corrupt('format');
  if (typeof s.workspace !== 'object' || s.workspace === null || typeof s.entities !== 'object' || s.entities === null) throw corrupt('frame');
  const profile = s.workspace as Record<string, unknown>;
  if (Object.keys(profile).some((k) => !(PROFILE_FIELDS as readonly string[]).includes(k))) throw corrupt('workspace');
  const carried = carriedEntities() as string[];
  for (const [entity, rows] of Object.entries(s.entities)) {
    if (!carried.includes(entity) || !Array.isArray(rows)) throw corrupt(entity);
    const fields = ENTITIES[entity as EntityName].fields as readonly string[];
    for (const row of rows as unknown[]) {
      if (typeof row !== 'object' || row === null) throw corrupt(entity);
      const entries = Object.entries(row);
      const known = entries.every(([k, v]) => (k === 'id' ? typeof v === 'string' : fields.includes(k) && isFieldValue(v)));
      if (!known || typeof (row as Row).id !== 'string') throw corrupt(entity);
    }
  }
  return s as Snapshot;
}

const isFieldValue = (v: unknown): v is FieldValue => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** A row as the snapshot carries it, with its derived columns computed again (a shape that is not GeoJSON fails here). */
function withDerived(entity: string, values: Row): Row {
  if (entity !== 'feature_geometry') return values;
  const geometry = typeof values.geojson === 'string' ? parseStoredGeometry(values.geojson) : null;
  if (!geometry) throw new Error('geojson is not a geometry');
  return { ...values, ...derivedFromGeometry(geometry) };
}
