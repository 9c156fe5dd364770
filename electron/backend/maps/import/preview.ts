import type { z } from 'zod';
import type { importedFileInput } from '../../../../shared/files';
import type { ImportPreview } from '../../../../shared/maps/schema';
import type { OpenWorkspace } from '../../workspace/open-workspace';
import { areaOfInterest } from '../geometry-store';
import { geodesicAreaKm2 } from '../../../../shared/maps/area';
import { labelOf } from './attributes';
import { readSpatialFile, type SpatialFile } from './read-spatial-file';

/**
 * What importing a file would bring in, checked against the workspace's area of interest: every feature
 * with its attributes, area and problems. Writes nothing. Plans' zone import shows the same preview.
 */
export function previewSpatialFile(
  ws: OpenWorkspace,
  file: z.output<typeof importedFileInput>,
  options: { checkAreaOfInterest: boolean } = { checkAreaOfInterest: true },
): { preview: ImportPreview; file: SpatialFile } {
  const read = readSpatialFile(file, { areaOfInterest: options.checkAreaOfInterest ? areaOfInterest(ws) : null });
  const attributes = [...new Set(read.features.flatMap((feature) => Object.keys(feature.properties)))];
  const features = read.features.map((feature) => ({
    index: feature.index,
    label: labelOf(feature.properties),
    properties: feature.properties,
    geometryType: feature.geometryType,
    areaKm2: feature.geometry ? geodesicAreaKm2(feature.geometry) : null,
    problems: feature.problems,
  }));
  const importableCount = features.filter((feature) => feature.problems.length === 0).length;
  return {
    preview: { fileName: read.fileName, format: read.format, crs: read.crs, attributes, features, importableCount, refusedCount: features.length - importableCount },
    file: read,
  };
}
