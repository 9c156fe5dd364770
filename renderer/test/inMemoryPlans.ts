import area from '@turf/area';
import type { TransitionCell } from '../../shared/baseline/schema';
import type { LandType } from '../../shared/landtypes/schema';
import type { AttributeValue, FeatureProblem, ImportPreview } from '../../shared/maps/schema';
import { isDegradation } from '../../shared/plans/losses';
import type { LandUsePlan, PlanSummary, PlanZone, PlanZoneConversion, ZoneImportMapping } from '../../shared/plans/schema';
import { suggestMapping, zoneImportRow, type ZoneFeature } from '../../shared/plans/zone-import';
import type { ImportedFileInput } from '../../shared/files';
import type { Handlers } from './inMemoryBackend';

/** A zone as stored: its conversions live beside it, and its mapped area stands for its geometry. */
type StoredZone = Omit<PlanZone, 'conversions'> & { deletedAt: string | null };
type StoredConversion = Omit<PlanZoneConversion, 'isLoss'> & { deletedAt: string | null };

export interface PlansData {
  plans: LandUsePlan[];
  zones: StoredZone[];
  conversions: StoredConversion[];
}

export function emptyPlans(): PlansData {
  return { plans: [], zones: [], conversions: [] };
}

interface PlansState {
  plans: PlansData;
  landTypes: LandType[];
}

interface Helpers {
  id: () => string;
  now: () => string;
  touch: () => void;
  landAreaKm2: () => number;
  /** The national transition matrix in force: it says which conversions are losses. */
  matrixCells: () => readonly TransitionCell[];
  refuse: (code: 'validation' | 'conflict' | 'not_found', messageKey: string, path?: string[], params?: Record<string, string | number>) => Error;
}

const live = <T extends { deletedAt: string | null }>(items: readonly T[]) => items.filter((item) => item.deletedAt === null);
const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

/**
 * A file as the in-memory backend reads it: GeoJSON only (the real readers of KML, GPX, Shapefile and
 * GeoPackage are tested in the backend). Each feature's area is the geodesic one, as the backend caches it.
 */
function readGeoJson(file: ImportedFileInput): { preview: ImportPreview; features: ZoneFeature[]; areas: Map<number, number> } {
  if (!('bytesBase64' in file)) throw new Error('the in-memory backend reads uploaded files only');
  const collection = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(file.bytesBase64), (char) => char.charCodeAt(0)))) as {
    features: { properties: Record<string, AttributeValue> | null; geometry: { type: string; coordinates: unknown[] } | null }[];
  };
  const attributes = [...new Set(collection.features.flatMap((feature) => Object.keys(feature.properties ?? {})))];
  const areas = new Map<number, number>();
  const previewFeatures = collection.features.map((feature, index) => {
    const problems: FeatureProblem[] = [];
    const geometry = feature.geometry;
    if (!geometry || geometry.coordinates.length === 0) problems.push({ code: 'empty', messageKey: 'errors:maps.problem.empty' });
    else if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      problems.push({ code: 'unsupported_type', messageKey: 'errors:maps.problem.unsupportedType', params: { type: geometry.type } });
    }
    const areaKm2 = problems.length === 0 && geometry ? area({ type: 'Feature', properties: {}, geometry } as Parameters<typeof area>[0]) / 1e6 : null;
    if (areaKm2 !== null) areas.set(index, areaKm2);
    return { index, label: null, properties: feature.properties ?? {}, geometryType: geometry?.type ?? null, areaKm2, problems };
  });
  const refusedCount = previewFeatures.filter((feature) => feature.problems.length > 0).length;
  return {
    preview: {
      fileName: file.fileName,
      format: 'geojson',
      crs: { name: null, reprojected: false },
      attributes,
      features: previewFeatures,
      importableCount: previewFeatures.length - refusedCount,
      refusedCount,
    },
    features: previewFeatures,
    areas,
  };
}

/**
 * The plans commands with the rules the UI relies on: live plan and zone required, a land type that exists,
 * conversions that fit in the land area and in the zone's mapped area, losses decided by the transition
 * matrix (the real `shared/plans/losses.ts`), zone import read with the real `shared/plans/zone-import.ts`
 * and all or nothing.
 */
export function plansHandlers(state: PlansState, { id, now, touch, landAreaKm2, matrixCells, refuse }: Helpers): Handlers {
  const data = () => state.plans;
  const planOf = (planId: string, path = ['planId']) => {
    const found = live(data().plans).find((plan) => plan.id === planId);
    if (!found) throw refuse('not_found', 'errors:plans.planNotFound', path);
    return found;
  };
  const zoneOf = (zoneId: string, path = ['zoneId']) => {
    const found = live(data().zones).find((zone) => zone.id === zoneId);
    if (!found) throw refuse('not_found', 'errors:plans.zoneNotFound', path);
    planOf(found.planId, path);
    return found;
  };
  const checkLandType = (landTypeId: string | null | undefined) => {
    if (landTypeId && !live(state.landTypes).some((landType) => landType.id === landTypeId)) {
      throw refuse('not_found', 'errors:plans.unknownLandType', ['landTypeId']);
    }
  };
  const withLoss = (conversion: StoredConversion): PlanZoneConversion => {
    const { deletedAt: _deletedAt, ...rest } = conversion;
    return { ...rest, isLoss: isDegradation(matrixCells(), conversion.fromClass, conversion.toClass) };
  };
  const zoneView = (zone: StoredZone): PlanZone => {
    const { deletedAt: _deletedAt, ...rest } = zone;
    const conversions = live(data().conversions)
      .filter((conversion) => conversion.zoneId === zone.id)
      .sort((a, b) => a.expectedYear - b.expectedYear)
      .map(withLoss);
    return { ...rest, conversions };
  };
  const checkRoom = (conversion: { id?: string; zoneId: string; areaKm2: number }) => {
    if (conversion.areaKm2 > landAreaKm2()) throw refuse('validation', 'errors:plans.areaOverLandArea', ['areaKm2'], { max: landAreaKm2() });
    const zoneKm2 = zoneOf(conversion.zoneId).areaKm2;
    if (zoneKm2 === null) return;
    const othersKm2 = live(data().conversions)
      .filter((other) => other.zoneId === conversion.zoneId && other.id !== conversion.id)
      .reduce((sum, other) => sum + other.areaKm2, 0);
    if (othersKm2 + conversion.areaKm2 > zoneKm2) {
      throw refuse('validation', 'errors:plans.conversionsOverZoneArea', ['areaKm2'], { zoneKm2, availableKm2: Math.max(0, zoneKm2 - othersKm2) });
    }
  };
  const setDeleted = <T extends { id: string; deletedAt: string | null }>(items: T[], itemId: string, deletedAt: string | null) =>
    items.map((item) => (item.id === itemId ? { ...item, deletedAt } : item));
  const importRows = (planId: string, file: ImportedFileInput, mapping: ZoneImportMapping | undefined) => {
    planOf(planId);
    const read = readGeoJson(file);
    const used = mapping ?? suggestMapping(read.preview.attributes);
    const landTypes = live(state.landTypes);
    return { read, mapping: used, zones: read.features.map((feature) => zoneImportRow(feature, used, landTypes)) };
  };

  return {
    'plans.list': () => ({
      items: live(data().plans)
        .sort(byName)
        .map((plan): PlanSummary => {
          const zones = live(data().zones).filter((zone) => zone.planId === plan.id);
          const mapped = zones.filter((zone) => zone.areaKm2 !== null);
          return {
            ...plan,
            zoneCount: zones.length,
            zonesAreaKm2: mapped.length === 0 ? null : mapped.reduce((sum, zone) => sum + (zone.areaKm2 ?? 0), 0),
          };
        }),
    }),
    'plans.get': ({ id: planId }) => ({
      plan: planOf(planId, ['id']),
      zones: live(data().zones)
        .filter((zone) => zone.planId === planId)
        .sort(byName)
        .map(zoneView),
    }),
    'plans.save': ({ id: planId, ...input }) => {
      const existing = planId ? planOf(planId, ['id']) : undefined;
      const saved: LandUsePlan = {
        id: planId ?? id(),
        createdAt: existing?.createdAt ?? now(),
        updatedAt: now(),
        deletedAt: null,
        name: input.name,
        level: input.level,
        status: input.status,
        instrument: input.instrument ?? null,
        adoptingBody: input.adoptingBody ?? null,
        periodStart: input.periodStart ?? null,
        periodEnd: input.periodEnd ?? null,
        notes: input.notes ?? null,
      };
      data().plans = [...data().plans.filter((plan) => plan.id !== saved.id), saved];
      touch();
      return saved;
    },
    'plans.delete': ({ id: planId }) => {
      planOf(planId, ['id']);
      data().plans = setDeleted(data().plans, planId, now());
      touch();
      return { id: planId };
    },
    'plans.restore': ({ id: planId }) => {
      data().plans = setDeleted(data().plans, planId, null);
      touch();
      return planOf(planId, ['id']);
    },
    'plans.saveZone': ({ id: zoneId, ...input }) => {
      planOf(input.planId);
      checkLandType(input.landTypeId);
      const existing = zoneId ? zoneOf(zoneId, ['id']) : undefined;
      const saved: StoredZone = {
        id: zoneId ?? id(),
        planId: input.planId,
        name: input.name,
        zoningClass: input.zoningClass,
        landTypeId: input.landTypeId ?? null,
        notes: input.notes ?? null,
        areaKm2: existing?.areaKm2 ?? null,
        deletedAt: null,
      };
      data().zones = [...data().zones.filter((zone) => zone.id !== saved.id), saved];
      touch();
      return zoneView(saved);
    },
    'plans.deleteZone': ({ id: zoneId }) => {
      zoneOf(zoneId, ['id']);
      data().zones = setDeleted(data().zones, zoneId, now());
      touch();
      return { id: zoneId };
    },
    'plans.restoreZone': ({ id: zoneId }) => {
      const zone = data().zones.find((item) => item.id === zoneId);
      if (!zone) throw refuse('not_found', 'errors:plans.zoneNotFound', ['id']);
      planOf(zone.planId);
      data().zones = setDeleted(data().zones, zoneId, null);
      touch();
      return zoneView({ ...zone, deletedAt: null });
    },
    'plans.saveConversion': ({ id: conversionId, ...input }) => {
      checkRoom({ id: conversionId, ...input });
      const saved: StoredConversion = { id: conversionId ?? id(), ...input, deletedAt: null };
      data().conversions = [...data().conversions.filter((conversion) => conversion.id !== saved.id), saved];
      touch();
      return withLoss(saved);
    },
    'plans.deleteConversion': ({ id: conversionId }) => {
      data().conversions = setDeleted(data().conversions, conversionId, now());
      touch();
      return { id: conversionId };
    },
    'plans.restoreConversion': ({ id: conversionId }) => {
      const conversion = data().conversions.find((item) => item.id === conversionId);
      if (!conversion) throw refuse('not_found', 'errors:notFound');
      checkRoom(conversion);
      data().conversions = setDeleted(data().conversions, conversionId, null);
      touch();
      return withLoss({ ...conversion, deletedAt: null });
    },
    'plans.previewZoneImport': ({ planId, file, mapping }) => {
      const { read, mapping: used, zones } = importRows(planId, file, mapping);
      return { preview: read.preview, mapping: used, zones };
    },
    'plans.importZones': ({ planId, file, mapping, featureIndexes }) => {
      const { read, zones } = importRows(planId, file, mapping);
      const chosen = zones.filter((zone) => featureIndexes.includes(zone.index));
      if (chosen.length !== featureIndexes.length || chosen.some((zone) => zone.problems.length > 0)) {
        throw refuse('validation', 'errors:validation', ['featureIndexes']);
      }
      for (const zone of chosen) {
        data().zones.push({
          id: id(),
          planId,
          name: zone.name ?? '',
          zoningClass: zone.zoningClass ?? 'other',
          landTypeId: zone.landTypeId,
          notes: null,
          areaKm2: read.areas.get(zone.index) ?? null,
          deletedAt: null,
        });
      }
      touch();
      return { createdCount: chosen.length };
    },
  };
}
