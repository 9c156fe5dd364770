import { z } from 'zod';
import { importedFileInput } from '../files';
import { entityId, timestamp } from '../ids';

/**
 * The records that may carry a geometry, by their entity names in `db/entities.ts`. `workspace` is the
 * workspace's area of interest (ownerId = the workspace's id).
 */
export const GEOMETRY_OWNERS = [
  'workspace',
  'target',
  'implemented_action',
  'baseline_hot_bright_spot',
  'baseline_false_pos_neg',
  'landtype',
  'transition_region',
  'land_use_plan',
  'plan_zone',
] as const;
export const geometryOwner = z.enum(GEOMETRY_OWNERS);
export type GeometryOwner = z.infer<typeof geometryOwner>;

/** [lon, lat] in EPSG:4326 (RFC 7946); a third value (height) is allowed and ignored. */
const position = z.tuple([z.number(), z.number()]).rest(z.number());
const linearRing = z.array(position);

export const polygonGeometry = z.object({ type: z.literal('Polygon'), coordinates: z.array(linearRing) });
export const multiPolygonGeometry = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(linearRing)) });
export const pointGeometry = z.object({ type: z.literal('Point'), coordinates: position });
export const multiPointGeometry = z.object({ type: z.literal('MultiPoint'), coordinates: z.array(position) });

/**
 * A GeoJSON geometry the workbench stores. The shape is checked here; whether it is usable (closed rings,
 * no self-intersection, coordinates in range) is checked by `shared/maps/validity.ts`, which names the problem.
 */
export const geometry = z.discriminatedUnion('type', [polygonGeometry, multiPolygonGeometry, pointGeometry, multiPointGeometry]);
export type Geometry = z.infer<typeof geometry>;
export type PolygonGeometry = z.infer<typeof polygonGeometry>;
export type MultiPolygonGeometry = z.infer<typeof multiPolygonGeometry>;

/** [minLon, minLat, maxLon, maxLat] */
export const bbox = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type Bbox = z.infer<typeof bbox>;

export const GEOMETRY_SOURCES = ['drawn', 'imported'] as const;
export type GeometrySource = (typeof GEOMETRY_SOURCES)[number];

export const featureGeometry = z.object({
  id: entityId,
  ownerEntity: geometryOwner,
  ownerId: entityId,
  geometry,
  /** Geodesic area on the WGS 84 ellipsoid, cached at write time; 0 for points. */
  areaKm2: z.number().min(0),
  bbox,
  source: z.enum(GEOMETRY_SOURCES),
  /** The name of the file a geometry was imported from. */
  sourceFile: z.string().nullable(),
  updatedAt: timestamp,
});
export type FeatureGeometry = z.infer<typeof featureGeometry>;

export const geometryOwnerRef = z.object({ ownerEntity: geometryOwner, ownerId: entityId });
export type GeometryOwnerRef = z.infer<typeof geometryOwnerRef>;

export const mapLayerItem = z.object({
  ownerEntity: geometryOwner,
  ownerId: entityId,
  /** The owner's own name (target text, land type name...), for the legend and tooltips. */
  label: z.string(),
  /** The plan a plan zone belongs to (a zone's page lives under its plan's); null for every other owner. */
  planId: entityId.nullable(),
  areaKm2: z.number().min(0),
  bbox,
  geometry,
});
export type MapLayerItem = z.infer<typeof mapLayerItem>;

export const SPATIAL_FORMATS = ['geojson', 'kml', 'kmz', 'gpx', 'shapefile', 'geopackage'] as const;
export type SpatialFormat = (typeof SPATIAL_FORMATS)[number];

/**
 * What a file chooser offers for SPATIAL_FORMATS: their extensions (a Shapefile comes zipped with its
 * .dbf, .shx and .prj) and media types. The backend tells formats apart by content, not by this list.
 */
export const SPATIAL_FILE_ACCEPT = [
  '.geojson,.json,.kml,.kmz,.gpx,.zip,.gpkg',
  'application/geo+json,application/vnd.google-earth.kml+xml,application/vnd.google-earth.kmz,application/zip',
].join(',');

/** Why one feature of an imported file cannot be imported as it is. */
export const FEATURE_PROBLEM_CODES = ['empty', 'self_intersecting', 'unclosed_ring', 'outside_area', 'wrong_crs', 'unsupported_type'] as const;
export type FeatureProblemCode = (typeof FEATURE_PROBLEM_CODES)[number];

export const featureProblem = z.object({
  code: z.enum(FEATURE_PROBLEM_CODES),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FeatureProblem = z.infer<typeof featureProblem>;

export const attributeValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type AttributeValue = z.infer<typeof attributeValue>;

/** What a file's coordinate reference system was, and whether its coordinates were converted to EPSG:4326. */
export const crsInfo = z.object({ name: z.string().nullable(), reprojected: z.boolean() });
export type CrsInfo = z.infer<typeof crsInfo>;

export const importPreviewFeature = z.object({
  index: z.number().int().min(0),
  label: z.string().nullable(),
  properties: z.record(z.string(), attributeValue),
  geometryType: z.string().nullable(),
  areaKm2: z.number().min(0).nullable(),
  problems: z.array(featureProblem),
});
export type ImportPreviewFeature = z.infer<typeof importPreviewFeature>;

export const importPreview = z.object({
  fileName: z.string(),
  format: z.enum(SPATIAL_FORMATS),
  crs: crsInfo,
  /** Attribute names found on the features, in first-seen order: what the UI offers to map. */
  attributes: z.array(z.string()),
  features: z.array(importPreviewFeature),
  importableCount: z.number().int().min(0),
  refusedCount: z.number().int().min(0),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importGeometryInput = z.object({
  file: importedFileInput,
  featureIndexes: z.array(z.number().int().min(0)).min(1),
  ownerEntity: geometryOwner,
  ownerId: entityId,
});

export const mapsSummary = z.object({
  byLandType: z.array(z.object({ landTypeId: entityId, mappedKm2: z.number().min(0), planZonesKm2: z.number().min(0) })),
  targetLandTypeOverlaps: z.array(z.object({ targetId: entityId, landTypeId: entityId, overlapKm2: z.number().min(0) })),
});
export type MapsSummary = z.infer<typeof mapsSummary>;
