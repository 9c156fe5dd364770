import { rollupHandlers } from '../consultations/rollup-handlers';
import type { Handlers } from '../handler-types';
import type { Session } from '../session';
import { readHistory } from '../workspace/history';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { actionsOfTarget } from './action-repository';
import { milestoneRowIds } from './milestones';
import { listItems, listTargets, liveLinks, liveMeasures, readTarget, requireTarget, rubricOf } from './repository';
import { deleteTarget, restoreTarget, saveTarget } from './save-target';
import { setRowIds, TARGET_SETS } from './set-rows';

type TargetCommand = 'targets.list' | 'targets.get' | 'targets.save' | 'targets.delete' | 'targets.restore' | 'targets.history';

export const targetHandlers: Handlers<TargetCommand> = {
  'targets.list': (filter, session) => {
    const ws = session.workspace();
    return { items: listItems(ws, listTargets(ws, filter)) };
  },

  'targets.get': ({ id }, session) => {
    requireTarget(session.workspace(), id, ['id']);
    return targetDetail(session, id);
  },

  'targets.save': (form, session) => targetDetail(session, saveTarget(session.workspace(), form)),

  'targets.delete': ({ id }, session) => {
    deleteTarget(session.workspace(), id);
    return { id };
  },

  'targets.restore': ({ id }, session) => {
    const ws = session.workspace();
    restoreTarget(ws, id);
    return readTarget(ws, id);
  },

  /** The target's own changes and those of its sets, milestones, measures and links, as one history. */
  'targets.history': ({ id, before, limit }, session) => {
    const ws = session.workspace();
    requireTarget(ws, id, ['id'], true);
    return readHistory(ws, { before, limit }, [id, ...partIds(ws, id)]);
  },
};

/** Every record that belongs to the target, tombstoned ones included. */
function partIds(ws: OpenWorkspace, id: string): string[] {
  const owned = ws.db
    .prepare(
      `SELECT id FROM target_measure WHERE target_id = ?
       UNION ALL SELECT id FROM commitment_link WHERE target_id = ?`,
    )
    .pluck()
    .all(id, id) as string[];
  return [...Object.values(TARGET_SETS).flatMap((spec) => setRowIds(ws, spec, id)), ...milestoneRowIds(ws, id), ...owned];
}

function targetDetail(session: Session, id: string) {
  const ws = session.workspace();
  const target = readTarget(ws, id);
  const measures = liveMeasures(ws, id).get(id) ?? [];
  const links = liveLinks(ws, id).get(id) ?? [];
  return {
    ...target,
    rubric: rubricOf(target, links, measures),
    subTargets: listItems(ws, listTargets(ws, { parentTargetId: id })),
    measures,
    actions: actionsOfTarget(ws, id),
    links,
    decisions: rollupHandlers['consultations.decisionsFor']({ subjectType: 'target', subjectId: id }, session).items,
  };
}
