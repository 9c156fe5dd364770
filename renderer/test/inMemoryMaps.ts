import { geodesicAreaKm2 } from '../../shared/maps/area';
import { geometryBbox } from '../../shared/maps/bbox';
import { overlapAreaKm2 } from '../../shared/maps/overlap';
import { combineGeometries } from '../../shared/maps/combine';
import type { FeatureGeometry, Geometry, GeometryOwner, ImportPreview } from '../../shared/maps/schema';
import { checkGeometry } from '../../shared/maps/validity';
import type { LandType } from '../../shared/landtypes/schema';
import type { WorkspaceSummary } from '../../shared/workspace/schema';
import type { Handlers } from './inMemoryBackend';
import type { PlansData } from './inMemoryPlans';
import type { TargetsData } from './inMemoryTargets';

type StoredGeometry = FeatureGeometry & { deletedAt: string | null };

/** A file a test hands to the import: its preview as the backend would give it, and each feature's geometry. */
export interface FakeSpatialFile {
  preview: ImportPreview;
  geometries: Record<number, Geometry>;
}

export interface MapsData {
  geometries: StoredGeometry[];
  /** Files the import can read, by file name. */
  files: Record<string, FakeSpatialFile>;
}

export function emptyMaps(): MapsData {
  return { geometries: [], files: {} };
}

interface State {
  workspace: WorkspaceSummary | null;
  landTypes: LandType[];
  targets: TargetsData;
  plans: PlansData;
  maps: MapsData;
}

interface Helpers {
  id: () => string;
  now: () => string;
  touch: () => void;
  refuse: (code: 'validation' | 'not_found', messageKey: string, path?: (string | number)[], params?: Record<string, string | number>) => Error;
}

/** A stored geometry with its geodesic area and box computed by the real shared code. */
export function fakeFeatureGeometry(
  id: string,
  ownerEntity: GeometryOwner,
  ownerId: string,
  geometry: Geometry,
  overrides: Partial<FeatureGeometry> = {},
): StoredGeometry {
  return {
    id,
    ownerEntity,
    ownerId,
    geometry,
    areaKm2: geodesicAreaKm2(geometry),
    bbox: geometryBbox(geometry),
    source: 'drawn',
    sourceFile: null,
    updatedAt: '2026-03-12T14:05:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

const withoutTombstone = ({ deletedAt: _deletedAt, ...geometry }: StoredGeometry): FeatureGeometry => geometry;

/**
 * The maps commands with the rules the UI relies on: one live geometry per record, unusable geometries
 * refused at `['geometry']` by the real `checkGeometry`, removal as a tombstone that `restoreGeometry`
 * undoes, and imports of the chosen features of a file the test registered.
 */
export function mapsHandlers(state: State, { id, now, touch, refuse }: Helpers): Handlers {
  const live = () => state.maps.geometries.filter((stored) => stored.deletedAt === null);
  const liveOf = (ownerEntity: GeometryOwner, ownerId: string) =>
    live().find((stored) => stored.ownerEntity === ownerEntity && stored.ownerId === ownerId) ?? null;
  const areaOfInterest = () => (state.workspace ? liveOf('workspace', state.workspace.id) : null);
  const labelOf = (ownerEntity: GeometryOwner, ownerId: string): string => {
    if (ownerEntity === 'target') return state.targets.targets.find((t) => t.id === ownerId)?.text ?? ownerId;
    if (ownerEntity === 'implemented_action') return state.targets.actions.find((a) => a.id === ownerId)?.description ?? ownerId;
    if (ownerEntity === 'landtype') return state.landTypes.find((l) => l.id === ownerId)?.name ?? ownerId;
    if (ownerEntity === 'workspace') return state.workspace?.name ?? ownerId;
    if (ownerEntity === 'plan_zone') return state.plans.zones.find((z) => z.id === ownerId)?.name ?? ownerId;
    return ownerId;
  };

  const save = (ownerEntity: GeometryOwner, ownerId: string, input: Geometry, sourceFile: string | null): FeatureGeometry => {
    const area = ownerEntity === 'workspace' ? null : (areaOfInterest()?.geometry ?? null);
    const { geometry, problems } = checkGeometry(input, area);
    const [first] = problems;
    if (first) throw refuse('validation', first.messageKey, ['geometry'], first.params);
    state.maps.geometries = state.maps.geometries.map((stored) =>
      stored.ownerEntity === ownerEntity && stored.ownerId === ownerId && stored.deletedAt === null ? { ...stored, deletedAt: now() } : stored,
    );
    const saved = fakeFeatureGeometry(id(), ownerEntity, ownerId, geometry, {
      source: sourceFile ? 'imported' : 'drawn',
      sourceFile,
      updatedAt: now(),
    });
    state.maps.geometries = [...state.maps.geometries, saved];
    touch();
    return withoutTombstone(saved);
  };

  const fileOf = (file: { path: string } | { fileName: string }) => {
    const name = 'fileName' in file ? file.fileName : file.path;
    const found = state.maps.files[name];
    if (!found) throw refuse('validation', 'errors:validation', ['file']);
    return found;
  };

  return {
    'maps.getGeometry': ({ ownerEntity, ownerId }) => {
      const found = liveOf(ownerEntity, ownerId);
      return { geometry: found ? withoutTombstone(found) : null };
    },
    'maps.setGeometry': ({ ownerEntity, ownerId, geometry }) => save(ownerEntity, ownerId, geometry, null),
    'maps.removeGeometry': ({ ownerEntity, ownerId }) => {
      const found = liveOf(ownerEntity, ownerId);
      if (!found) throw refuse('not_found', 'errors:notFound');
      state.maps.geometries = state.maps.geometries.map((stored) => (stored.id === found.id ? { ...stored, deletedAt: now() } : stored));
      touch();
      return { id: found.id };
    },
    'maps.restoreGeometry': ({ id: geometryId }) => {
      const found = state.maps.geometries.find((stored) => stored.id === geometryId);
      if (!found) throw refuse('not_found', 'errors:notFound');
      const restored = { ...found, deletedAt: null };
      state.maps.geometries = state.maps.geometries.map((stored) => (stored.id === geometryId ? restored : stored));
      touch();
      return withoutTombstone(restored);
    },
    'maps.layers': ({ owners }) => {
      const aoi = areaOfInterest();
      return {
        areaOfInterest: aoi ? withoutTombstone(aoi) : null,
        items: live()
          .filter((stored) => stored.ownerEntity !== 'workspace' && (!owners || owners.includes(stored.ownerEntity)))
          .map((stored) => ({
            ownerEntity: stored.ownerEntity,
            ownerId: stored.ownerId,
            label: labelOf(stored.ownerEntity, stored.ownerId),
            planId: stored.ownerEntity === 'plan_zone' ? (state.plans.zones.find((z) => z.id === stored.ownerId)?.planId ?? null) : null,
            areaKm2: stored.areaKm2,
            bbox: stored.bbox,
            geometry: stored.geometry,
          })),
      };
    },
    'maps.previewImport': ({ file }) => fileOf(file).preview,
    'maps.importGeometry': ({ file, featureIndexes, ownerEntity, ownerId }) => {
      const found = fileOf(file);
      const chosen = featureIndexes.map((index) => found.geometries[index]).filter((g): g is Geometry => g !== undefined);
      const combined = combineGeometries(chosen);
      if (!combined) throw refuse('validation', 'errors:maps.mixedGeometryTypes', ['featureIndexes']);
      return save(ownerEntity, ownerId, combined, found.preview.fileName);
    },
    // As the backend sums: zones of live plans (the in-memory zone's own area stands for its geometry's, as
    // in `plans.list`), and each live target's geometry intersected with each land type's by the real shared code.
    'maps.summary': () => {
      const livePlans = state.plans.plans.filter((plan) => plan.deletedAt === null);
      const zones = state.plans.zones.filter((zone) => zone.deletedAt === null && livePlans.some((plan) => plan.id === zone.planId));
      const zonesKm2In = (landTypeId: string) =>
        zones.filter((zone) => zone.landTypeId === landTypeId).reduce((sum, zone) => sum + (zone.areaKm2 ?? 0), 0);
      const liveLandTypes = state.landTypes.filter((landType) => landType.deletedAt === null);
      const liveTargetIds = new Set(state.targets.targets.filter((target) => target.deletedAt === null).map((target) => target.id));
      const mapped = (ownerEntity: GeometryOwner) => live().filter((stored) => stored.ownerEntity === ownerEntity);
      const landTypeShapes = mapped('landtype').filter((stored) => liveLandTypes.some((landType) => landType.id === stored.ownerId));
      return {
        byLandType: liveLandTypes.map((landType) => ({
          landTypeId: landType.id,
          mappedKm2: liveOf('landtype', landType.id)?.areaKm2 ?? 0,
          planZonesKm2: zonesKm2In(landType.id),
        })),
        targetLandTypeOverlaps: mapped('target')
          .filter((target) => liveTargetIds.has(target.ownerId))
          .flatMap((target) =>
            landTypeShapes.flatMap((landType) => {
              const overlapKm2 = overlapAreaKm2(target.geometry, landType.geometry);
              return overlapKm2 > 0 ? [{ targetId: target.ownerId, landTypeId: landType.ownerId, overlapKm2 }] : [];
            }),
          ),
      };
    },
  };
}
