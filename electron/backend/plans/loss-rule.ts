import { isDegradation } from '../../../shared/plans/losses';
import { currentTransitionMatrix } from '../baseline/transition-matrix';
import type { OpenWorkspace } from '../workspace/open-workspace';

/**
 * Whether a planned conversion from → to is a loss: the cell of the workspace's national transition matrix
 * in force (the GPG default until someone edits it) says degradation. Regional matrices refine the
 * baseline's own classification; a plan zone is not tied to a region, so the national rule decides.
 */
export function lossRule(ws: OpenWorkspace): (fromClass: number, toClass: number) => boolean {
  const { cells } = currentTransitionMatrix(ws);
  return (fromClass, toClass) => isDegradation(cells, fromClass, toClass);
}
