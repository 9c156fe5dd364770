import { checkGeometry } from '../../../../shared/maps/validity';
import type { FeatureProblem, Geometry } from '../../../../shared/maps/schema';
import { parseStoredGeometry } from '../../maps/geometry-store';
import type { OpenWorkspace } from '../../workspace/open-workspace';

/** A live stored shape: which record owns it, and the version its last write gave it (an HLC, new on every write). */
export interface StoredShape {
  id: string;
  ownerEntity: string;
  ownerId: string;
  updatedAt: string;
}

type Outcome = FeatureProblem | { code: 'empty' } | null;

/**
 * The outcome of checking each stored shape, per open workspace, keyed by the shape's version and the
 * area of interest's: the reporting screen validates when it opens and the export validates again a
 * moment later, and checking 20,000 unchanged polygons again took over a second (bench/reporting-package.ts).
 * A write gives the row a new version, so a changed shape (or a changed area of interest) is always
 * checked again; a rolled-back write leaves the old version, whose outcome was for the old shape. The
 * outcomes live only while the workspace is open: a file changed by another program is checked afresh
 * when it is opened again.
 */
const checked = new WeakMap<OpenWorkspace, Map<string, { version: string; outcome: Outcome }>>();

/**
 * The first problem of each shape (null when it is fine), with the same function `maps.setGeometry` uses;
 * a stored text that is not GeoJSON counts as empty. The area of interest is not checked against itself.
 */
export function shapeProblems(ws: OpenWorkspace, shapes: readonly StoredShape[]): Map<StoredShape, Outcome> {
  const previous = checked.get(ws) ?? new Map<string, { version: string; outcome: Outcome }>();
  const current = new Map<string, { version: string; outcome: Outcome }>();
  const areaShape = shapes.find((s) => s.ownerEntity === 'workspace');
  const readGeojson = ws.db.prepare('SELECT geojson FROM feature_geometry WHERE id = ?').pluck();
  let areaOfInterest: Geometry | null | undefined;
  const outcomes = new Map<StoredShape, Outcome>();
  for (const shape of shapes) {
    const isArea = shape === areaShape;
    const version = isArea ? shape.updatedAt : `${shape.updatedAt}/${areaShape?.updatedAt ?? ''}`;
    let entry = previous.get(shape.id);
    if (entry?.version !== version) {
      if (!isArea && areaOfInterest === undefined) areaOfInterest = areaShape ? parseStoredGeometry(readGeojson.get(areaShape.id) as string) : null;
      const stored = parseStoredGeometry(readGeojson.get(shape.id) as string);
      entry = { version, outcome: stored ? (checkGeometry(stored, isArea ? null : areaOfInterest!).problems[0] ?? null) : { code: 'empty' } };
    }
    current.set(shape.id, entry);
    outcomes.set(shape, entry.outcome);
  }
  checked.set(ws, current);
  return outcomes;
}
