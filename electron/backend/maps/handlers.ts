import { combineGeometries } from '../../../shared/maps/combine';
import type { GeometryOwner } from '../../../shared/maps/schema';
import { AppError, fieldError } from '../errors';
import type { Handlers } from '../handler-types';
import { checkOwnerArea, geometryRowOf, saveGeometry, toFeatureGeometry } from './geometry-store';
import { previewSpatialFile } from './import/preview';
import { mapLayers } from './layers';
import { assertOwnerLive } from './owners';
import { mapsSummary } from './summary';

type MapsCommand =
  | 'maps.getGeometry'
  | 'maps.setGeometry'
  | 'maps.removeGeometry'
  | 'maps.restoreGeometry'
  | 'maps.layers'
  | 'maps.previewImport'
  | 'maps.importGeometry'
  | 'maps.summary';

const geometryNotFound = () => new AppError('not_found', 'errors:maps.geometryNotFound');

export const mapsHandlers: Handlers<MapsCommand> = {
  'maps.getGeometry': ({ ownerEntity, ownerId }, session) => {
    const row = geometryRowOf(session.workspace(), ownerEntity, ownerId);
    return { geometry: row && row.deletedAt === null ? toFeatureGeometry(row) : null };
  },

  'maps.setGeometry': ({ ownerEntity, ownerId, geometry }, session) => saveGeometry(session.workspace(), ownerEntity, ownerId, geometry, 'drawn', null),

  'maps.removeGeometry': ({ ownerEntity, ownerId }, session) => {
    const ws = session.workspace();
    const row = geometryRowOf(ws, ownerEntity, ownerId);
    if (!row || row.deletedAt !== null) throw geometryNotFound();
    ws.mutator.remove('feature_geometry', row.id);
    return { id: row.id };
  },

  /** Undo of a removal; refused when the record itself has been deleted since. */
  'maps.restoreGeometry': ({ id }, session) => {
    const ws = session.workspace();
    const row = ws.mutator.find('feature_geometry', id);
    if (!row) throw geometryNotFound();
    assertOwnerLive(ws, row.ownerEntity as GeometryOwner, row.ownerId);
    // Records added while the shape was removed may no longer fit in it (a zone's conversions).
    checkOwnerArea(ws, row.ownerEntity as GeometryOwner, row.ownerId, row.areaKm2);
    return toFeatureGeometry(ws.mutator.restore('feature_geometry', id));
  },

  'maps.layers': ({ owners, detail }, session) => mapLayers(session.workspace(), owners, detail),

  'maps.previewImport': ({ file }, session) => previewSpatialFile(session.workspace(), file).preview,

  /** All chosen features or nothing: one with a problem, or an index the file does not have, refuses the import. */
  'maps.importGeometry': ({ file, featureIndexes, ownerEntity, ownerId }, session) => {
    const ws = session.workspace();
    assertOwnerLive(ws, ownerEntity, ownerId);
    const read = previewSpatialFile(ws, file, { checkAreaOfInterest: ownerEntity !== 'workspace' }).file;
    const chosen = featureIndexes.map((index, position) => {
      const feature = read.features[index];
      if (!feature) throw fieldError('validation', { path: ['featureIndexes', position], messageKey: 'errors:maps.featureNotFound', params: { number: index + 1 } });
      const [problem] = feature.problems;
      if (problem || !feature.geometry) {
        throw fieldError('validation', { path: ['featureIndexes', position], messageKey: 'errors:maps.featureRefused', params: { number: index + 1 } });
      }
      return feature.geometry;
    });
    const combined = combineGeometries(chosen);
    if (!combined) throw fieldError('validation', { path: ['featureIndexes'], messageKey: 'errors:maps.mixedGeometryTypes' });
    return saveGeometry(ws, ownerEntity, ownerId, combined, 'imported', read.fileName);
  },

  'maps.summary': (_input, session) => mapsSummary(session.workspace()),
};
