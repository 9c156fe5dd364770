import { z } from 'zod';
import { command } from '../command';
import { importedFileInput } from '../files';
import { entityId } from '../ids';
import {
  featureGeometry,
  geometry,
  geometryOwner,
  geometryOwnerRef,
  importGeometryInput,
  importPreview,
  mapLayerItem,
  mapsSummary,
} from './schema';

export const mapsContract = {
  /** The live geometry of one record, or null when it has none. */
  'maps.getGeometry': command({
    scope: 'workspace',
    input: geometryOwnerRef,
    output: z.object({ geometry: featureGeometry.nullable() }),
  }),
  /** Sets a drawn geometry (replacing any earlier one); an unusable geometry is refused at `['geometry']`. */
  'maps.setGeometry': command({
    scope: 'workspace',
    input: geometryOwnerRef.extend({ geometry }),
    output: featureGeometry,
  }),
  /** Tombstones the record's geometry; `maps.restoreGeometry` undoes it. */
  'maps.removeGeometry': command({ scope: 'workspace', input: geometryOwnerRef, output: z.object({ id: entityId }) }),
  'maps.restoreGeometry': command({ scope: 'workspace', input: z.object({ id: entityId }), output: featureGeometry }),
  /** Everything to draw: the area of interest and the live geometries of live owners, simplified or in full. */
  'maps.layers': command({
    scope: 'workspace',
    input: z.object({ owners: z.array(geometryOwner).optional(), detail: z.enum(['simplified', 'full']) }),
    output: z.object({ areaOfInterest: featureGeometry.nullable(), items: z.array(mapLayerItem) }),
  }),
  /** Reads a spatial file and lists its features with their problems; writes nothing. */
  'maps.previewImport': command({ scope: 'workspace', input: z.object({ file: importedFileInput }), output: importPreview }),
  /** Imports the chosen features of a file as one record's geometry (several polygons become one MultiPolygon). */
  'maps.importGeometry': command({ scope: 'workspace', input: importGeometryInput, output: featureGeometry }),
  /** Mapped areas per land type (with the plan zones in each), and how target areas overlap land types. Per plan: `plans.list`. */
  'maps.summary': command({ scope: 'workspace', input: z.object({}), output: mapsSummary }),
};
